// A channel operator (12345 热线话务员, 政务服务网客服) entrusts an item on behalf of a caller: the same
// case, routing and notice as an entrustment in the app (cases/open.ts), with the channel of the key
// recorded and no resident account yet (the caller claims it with their phone); and the progress
// the channel may read back.
import { CaseAction, CaseState, maskPhone, type ChannelCaseProgress, type ChannelCreateCaseRequest, type WorkCalendar } from '@app/shared';
import { openCase } from '../cases/open';
import { loadCaseBundle, type CaseBundle } from '../cases/repository';
import { workCalendar } from '../calendar/store';
import { deadlineOf } from '../cases/view';
import { clock } from '../lib/clock';
import { getItem } from '../lib/dynamo';
import { notFound } from '../lib/errors';
import * as keys from '../lib/keys';
import type { ChannelCaller } from './apiKeys';

/** Titles of the timeline for a channel: what happened, never who among the staff or their notes. */
const EXTRA_TITLES: Record<string, string> = {
  route: '已分派代办帮办员',
  uploadMaterial: '已上传材料',
  commitMaterial: '已作出告知承诺',
  reviewMaterial: '材料已审核',
  book: '已预约',
  cancelBooking: '已取消预约',
  checkIn: '已到站签到',
  reportRectification: '已报告整改',
  reassign: '已改派代办帮办员',
  revealIdNumber: '代办帮办员查看了证件信息',
};
const titleOf = (action: string): string => (CaseAction.labels as Record<string, string>)[action] ?? EXTRA_TITLES[action] ?? '办件进展';

/** A case as the channel that created it may read it: progress and what its operator entered, masked. */
function progressView({ record, events }: CaseBundle, calendar: WorkCalendar): ChannelCaseProgress {
  return {
    id: record.id,
    number: record.number,
    channel: record.channel,
    state: record.state,
    stateLabel: CaseState.labels[record.state],
    itemId: record.itemId,
    itemName: record.itemName,
    departmentName: record.departmentName,
    serviceKind: record.serviceKind,
    serviceMode: record.serviceMode,
    applicant: { name: record.applicant.name, phoneMasked: maskPhone(record.applicant.phone) },
    claimed: record.applicantUserId !== undefined,
    deadline: deadlineOf(record, clock.now(), calendar),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    timeline: events.map((e) => ({ at: e.at, title: titleOf(e.action) })),
  };
}

/** The progress of a case, if this caller's channel created it; any other id looks like no case at all. */
export async function progressOf(caseId: string, caller: Pick<ChannelCaller, 'channel' | 'keyId'>): Promise<ChannelCaseProgress> {
  const [bundle, marker] = await Promise.all([loadCaseBundle(caseId), getItem(keys.caseClaim(caseId), true)]);
  if (!bundle || !marker?.apiKeyId || bundle.record.channel !== caller.channel) throw notFound('case');
  return progressView(bundle, await workCalendar());
}

/** The operator keys in for the caller as an agent does at a window: the state machine's agent rule. */
export async function entrustForCaller(caller: ChannelCaller, body: ChannelCreateCaseRequest, idempotencyKey: string): Promise<ChannelCaseProgress> {
  const { operator } = body;
  const who = `${caller.label} · ${operator.name}`;
  const opened = await openCase({
    // The whole body, operator included, is what a retry must repeat.
    request: body,
    channel: caller.channel,
    role: 'agent',
    actor: { role: 'system', name: who },
    idempotency: { scope: 'channelCreateCase', caller: caller.keyId, key: idempotencyKey },
    eventData: { apiKeyId: caller.keyId, operatorName: operator.name, operatorId: operator.id },
    apiKeyId: caller.keyId,
    noticeSource: `（${who}）`,
  });
  // A fresh case is answered from what was written; a retry reads the one the first request made.
  return opened.written ? progressView(opened.written.bundle, await workCalendar()) : progressOf(opened.caseId, caller);
}
