// When the official calendar changes, an open case's due date is recomputed from its commitment
// clock on the new calendar; a move is one change of the case (version-checked) with a timeline
// event and notices to its holder and its applicant. Recomputing is idempotent: a case already
// right is left alone, so a follow-up can be run again or resumed at any point.
import { dueDateOf, stateFamily, type CaseEvent, type WorkCalendar } from '@app/shared';
import { clockOf } from '../cases/commitment';
import { newEventId, subTaskToItem, type CaseRecord } from '../cases/record';
import { commitChange, findCase, loadCaseBundle, type Change } from '../cases/repository';
import { AppError } from '../lib/errors';
import { noticeWords } from '../notices/noticeText';
import type { Notice } from '../notices/outbox';

const SYSTEM_ACTOR: CaseEvent['actor'] = { role: 'system', name: '节假日安排调整' };
const ATTEMPTS = 3;

function noticesOf(after: CaseRecord, due: string): Notice[] {
  const about = { caseId: after.id, caseNumber: after.number, itemName: after.itemName, ...noticeWords('deadlineAdjusted', { due }) };
  const holder = after.ownerAgentId ?? after.assigneeAgentId;
  const notices: Notice[] = [{ kind: 'deadlineAdjusted', recipient: holder ? { agentId: holder } : { departmentId: after.departmentId }, ...about }];
  if (after.applicantUserId) notices.push({ kind: 'deadlineAdjusted', recipient: { userId: after.applicantUserId }, ...about });
  return notices;
}

/**
 * Moves one case's due date to what its clock gives on `calendar`; `calendarThen` is the calendar
 * before the change, for cases stored before clocks were recorded. True when the case moved.
 */
export async function adjustCaseDeadline(read: CaseRecord, calendar: WorkCalendar, calendarThen: WorkCalendar, now: Date): Promise<boolean> {
  let record: CaseRecord | undefined = read;
  for (let attempt = 0; record && attempt < ATTEMPTS; attempt += 1) {
    const clock = clockOf(record, calendarThen);
    if (!clock || !record.dueDate || stateFamily(record.state) !== 'open') return false;
    const due = dueDateOf(calendar, clock);
    if (due === record.dueDate) return false;
    const at = now.toISOString();
    const after: CaseRecord = { ...record, dueDate: due, dueClock: clock, version: record.version + 1, updatedAt: at };
    const note = `因节假日安排调整，办结时限由 ${record.dueDate} 调整为 ${due}`;
    // Parallel sub-tasks due with the case move with it (they sort the department queues).
    const tasks = record.openSubTasks > 0 ? ((await loadCaseBundle(record.id))?.subTasks ?? []) : [];
    const change: Change = {
      before: record,
      after,
      event: { id: newEventId(), at, actor: SYSTEM_ACTOR, action: 'adjustDeadline', note, data: { from: record.dueDate, to: due } },
      puts: tasks
        .filter((t) => t.state === 'open' && t.dueDate === record!.dueDate)
        .map((t) => ({ item: subTaskToItem(after, { ...t, dueDate: due }), condition: '#state = :open', values: { ':open': 'open' }, names: { '#state': 'state' } })),
      notices: noticesOf(after, due),
      subTasksBefore: tasks,
    };
    try {
      await commitChange(change);
      return true;
    } catch (error) {
      // Someone acted on the case meanwhile: read it again and recompute.
      if (!(error instanceof AppError && (error.code === 'stale_version' || error.code === 'conflict'))) throw error;
      record = await findCase(record.id, true);
    }
  }
  return false;
}
