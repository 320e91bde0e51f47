// The refusals of schedule: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why a schedule change is refused (the `reason` of a 409; see also BookingRefusal.bookingsAffected). */
export const ScheduleRefusal = vocabulary({
  scheduleChanged: '网点作息已被他人更新，请刷新后重试',
  notThisPointsAgent: '只能调整本网点的暂停服务安排',
});
export type ScheduleRefusal = z.infer<typeof ScheduleRefusal.schema>;
