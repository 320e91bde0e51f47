// The refusals of queue: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why taking or calling a number is refused (the `reason` of a 409). */
export const QueueRefusal = vocabulary({
  unknownQueue: '该网点没有这个队列',
  queuePaused: '该队列暂停取号，请选择其他队列或咨询工作人员',
  queueClosed: '网点当前不在取号时间内',
  dailyCapReached: '今日该队列号码已取完，请明日再来或预约',
  liveTicketExists: '您在本网点已有未完成的号码',
  nobodyWaiting: '当前没有等候的号码',
  notAtThisWindow: '该号码不在本窗口办理',
  ticketNotCalled: '该号码尚未叫号',
  tooFewCalls: '叫号满三次未到才能过号',
  alreadyRequeued: '过号后只能重新排队一次',
  ticketNotMissed: '只有过号的号码可以重新排队',
  ticketEnded: '该号码已办结或已取消',
  windowBusy: '本窗口还有未办结的号码，请先办结或过号',
  noQueues: '该网点尚未开通取号',
  notPointAgent: '只有本网点的工作人员可以叫号和现场取号',
  ticketChanged: '号码状态已变化，请刷新后重试',
  ticketNotServing: '该号码尚未开始办理',
  unknownWindow: '该网点没有这个窗口',
  linkedToOtherCase: '该号码已关联其他办件',
  caseNotFound: '没有找到这个办件编号',
});
export type QueueRefusal = z.infer<typeof QueueRefusal.schema>;
