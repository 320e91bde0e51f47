// The API's refusal and validation sentences in the caller's language (issue 17): Chinese, the
// source, as the shared vocabularies word them; traditional Mongolian here, beside each Chinese
// sentence's key, when the request says `Accept-Language: mn-Mong`. Codes and `reason`s, which
// programs read, never change. The Mongolian is a draft for a native reviewer (decisions §91, §99).
// Refusals only the staff meet stay Chinese: the agent and bureau pages are Chinese by design (§90).
// This file is the source the translation office corrects (scripts/i18n/server.ts); the functions
// carry its tables packed (errorTextPacked.ts, decisions §102) and word errors with ./language.ts.
import { DECEPTIVE_TEXT_MESSAGE, LINE_BREAK_MESSAGE, REFUSAL_SENTENCES, type ErrorCode, type RefusalReason } from '@app/shared';

/** Reasons only an agent, a department or the bureau can meet: worded in Chinese for everyone. */
export const STAFF_ONLY_REFUSALS = [
  'subTasksOpen', 'noOpenSubTasks', 'requiredMaterialsNotAccepted', 'refusalReasonMissing', 'materialsAwaitingReview', 'subTaskDone',
  'codeTaken', 'materialReplaced', 'materialsNotReviewable', 'slotNotOver', 'bookingsAffected', 'calendarChanged', 'scheduleChanged',
  'notThisPointsAgent', 'nobodyWaiting', 'notAtThisWindow', 'ticketNotCalled', 'tooFewCalls', 'windowBusy', 'notPointAgent',
  'ticketNotServing', 'unknownWindow', 'linkedToOtherCase', 'alreadyAnswered', 'noOpenRectification', 'rectificationAlreadyReported',
  'invitationUnknown', 'invitationUsed', 'agentBoundElsewhere', 'alreadyStaff', 'agentAlreadyBound', 'agentLeft', 'agentChanged',
  'headCannotMove', 'apiKeyAlreadyIssued',
] as const satisfies readonly RefusalReason[];
type ResidentRefusal = Exclude<RefusalReason, (typeof STAFF_ONLY_REFUSALS)[number]>;

const RETRY = 'ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ';
const LATER = 'ᠬᠣᠵᠢᠮ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ';
const NOT_IN_STATE = 'ᠣᠳᠣ ᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠳᠤ ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ';

/** Each error code's sentence (ERROR_MESSAGES in shared/src/errors.ts) in Mongolian. */
export const ERROR_MESSAGES_MN: Readonly<Record<ErrorCode, string>> = {
  validation_failed: `ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠡ ᠪᠤᠷᠤᠭᠤ᠂ ᠰᠢᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ`,
  malformed_json: 'ᠬᠦᠰᠡᠯᠲᠡ ᠶᠢᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠤᠷᠤᠭᠤ',
  unauthenticated: 'ᠤᠷᠢᠳᠠ ᠨᠡᠪᠲᠡᠷᠡᠭᠡᠷᠡᠢ',
  forbidden: 'ᠲᠠ ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠬᠢᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ',
  not_found: 'ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠠᠭᠤᠯᠭ᠎ᠠ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  method_not_allowed: 'ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠡᠮᠵᠢᠬᠦ ᠦᠭᠡᠢ',
  stale_version: `ᠬᠡᠷᠡᠭ ᠢ ᠪᠤᠰᠤᠳ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠰᠡᠨ᠂ ${RETRY}`,
  conflict: `ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠵᠥᠷᠢᠯᠳᠦᠪᠡ᠂ ${RETRY}`,
  transition_refused: NOT_IN_STATE,
  payload_too_large: 'ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠲᠦ ᠶᠡᠬᠡ',
  unsupported_media_type: 'JSON ᠬᠡᠯᠪᠡᠷᠢ ᠪᠡᠷ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ',
  too_many_requests: `ᠬᠡᠲᠦ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠠᠵᠢᠯᠯᠠᠪᠠ᠂ ${LATER}`,
  wechat_login_failed: `ᠸᠢᠴᠠᠲ ᠢᠶᠠᠷ ᠨᠡᠪᠲᠡᠷᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ${LATER}`,
  service_unavailable: `ᠰᠢᠰᠲᠧᠮ ᠶᠠᠭᠠᠷᠠᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ${LATER}`,
  internal: `ᠰᠢᠰᠲᠧᠮ ᠳᠦ ᠠᠯᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠪᠠ᠂ ${LATER}`,
};

/** Each refusal a resident can meet (REFUSAL_SENTENCES in shared/src/refusals.ts) in Mongolian. */
export const REFUSAL_SENTENCES_MN: Readonly<Record<ResidentRefusal, string>> = {
  staleVersion: `ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠪᠤᠰᠤᠳ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠰᠡᠨ᠂ ${RETRY}`,
  concurrentChange: `ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠵᠡᠷᠭᠡ ᠪᠦᠲᠦᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠂ ${RETRY}`,
  idempotencyKeyReused: 'ᠡᠨᠡ ᠤᠳᠠᠭᠠᠨ ᠤ ᠲᠤᠰᠢᠶᠠᠯᠲᠠ ᠡᠮᠦᠨ᠎ᠡ ᠬᠢ ᠲᠡᠢ ᠠᠳᠠᠯᠢ ᠪᠤᠰᠤ᠂ ᠳᠠᠬᠢᠨ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ',
  roleNotPermitted: 'ᠲᠠᠨ ᠤ ᠪᠠᠢᠷᠢ ᠰᠠᠭᠤᠷᠢ ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠬᠢᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ',
  caseClosed: 'ᠬᠡᠷᠡᠭ ᠳᠠᠭᠤᠰᠪᠠ',
  notAllowedInState: NOT_IN_STATE,
  alreadyRated: 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ',
  caseExists: 'ᠬᠡᠷᠡᠭ ᠨᠢᠭᠡᠨᠲᠡ ᠪᠠᠢᠨ᠎ᠠ',
  requiredMaterialsMissing: 'ᠵᠠᠪᠠᠯ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠳ ᠡᠰᠡᠪᠡᠯ ᠠᠮᠠᠯᠠᠯᠲᠠ ᠳᠤ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ',
  supplementNotHandedIn: 'ᠨᠥᠬᠥᠬᠦ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠳᠤᠢ ᠡᠰᠡᠪᠡᠯ ᠠᠮᠠᠯᠠᠯᠲᠠ ᠳᠤ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠳᠤᠢ',
  badRatingNeedsCategory: 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠮᠵᠢ ᠦᠭᠡᠢ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠳᠦ ᠳᠤᠳᠠᠭᠠᠳ ᠨᠢᠭᠡ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠤᠨ ᠲᠥᠷᠥᠯ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ',
  badRatingNeedsComment: 'ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠮᠵᠢ ᠦᠭᠡᠢ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠳᠦ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠢᠶᠠᠨ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠳᠤᠳᠠᠭᠠᠳ 5 ᠦᠰᠦᠭ)',
  itemWithdrawn: 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠵᠣᠭᠰᠣᠭᠰᠠᠨ᠂ ᠰᠢᠨ᠎ᠡ ᠳᠠᠭᠠᠯᠭᠠᠯ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ',
  fileNotUploaded: 'ᠣᠷᠣᠭᠤᠯᠤᠭᠰᠠᠨ ᠹᠠᠢᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ',
  materialAlreadyAccepted: 'ᠡᠨᠡ ᠪᠠᠷᠢᠮᠲᠠ ᠬᠢᠨᠠᠭᠳᠠᠵᠤ ᠦᠩᠭᠡᠷᠡᠭᠰᠡᠨ᠂ ᠳᠠᠬᠢᠨ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ',
  slotFull: 'ᠡᠨᠡ ᠴᠠᠭ ᠤᠨ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠳᠦᠭᠦᠷᠪᠡ᠂ ᠦᠬᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ',
  alreadyBookedSlot: 'ᠲᠠ ᠡᠨᠡ ᠴᠠᠭ ᠢ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ᠂ ᠮᠢᠨᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠬᠡᠰᠡᠭ ᠲᠦ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ',
  tooManyLiveBookings: 'ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠬᠠᠮᠤᠭ ᠢᠯᠡᠭᠦᠦ 5᠂ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠨ ᠤᠷᠢᠳᠠ ᠪᠣᠯᠢᠬᠤ ᠭᠠᠷᠠᠢ',
  pointClosed: 'ᠲᠡᠷᠡ ᠡᠳᠦᠷ ᠴᠡᠭ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠵᠣᠭᠰᠣᠭᠠᠨ᠎ᠠ᠂ ᠦᠬᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ',
  notOpenThatDay: 'ᠲᠡᠷᠡ ᠡᠳᠦᠷ ᠴᠡᠭ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠦᠬᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ',
  slotBusy: `ᠡᠨᠡ ᠴᠠᠭ ᠢ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ ᠬᠦᠮᠦᠨ ᠣᠯᠠᠨ᠂ ${LATER}`,
  notBooked: 'ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠦᠷᠢᠳᠭᠡᠭᠳᠡᠭᠰᠡᠨ᠂ ᠪᠣᠯᠢᠴᠠᠭᠳᠠᠭᠰᠠᠨ ᠡᠰᠡᠪᠡᠯ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠳᠡᠭᠰᠡᠨ',
  notBookingDay: 'ᠵᠥᠪᠬᠡᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠲᠦ ᠪᠦᠷᠢᠳᠭᠡᠬᠦ ᠪᠣᠯᠣᠨ᠎ᠠ',
  unknownQueue: 'ᠡᠨᠡ ᠴᠡᠭ ᠲᠦ ᠡᠨᠡ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠦᠭᠡᠢ',
  queuePaused: 'ᠡᠨᠡ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠳᠤᠭᠠᠷ ᠥᠭᠬᠦ ᠶᠢ ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠂ ᠦᠬᠡᠷ᠎ᠡ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠰᠣᠩᠭᠣᠬᠤ ᠪᠤᠶᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ',
  queueClosed: 'ᠴᠡᠭ ᠣᠳᠣ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠴᠠᠭ ᠪᠤᠰᠤ',
  dailyCapReached: 'ᠥᠨᠥᠳᠦᠷ ᠡᠨᠡ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠤᠨ ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠰᠪᠠ᠂ ᠮᠠᠷᠭᠠᠰᠢ ᠢᠷᠡᠬᠦ ᠪᠤᠶᠤ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠠᠷᠠᠢ',
  liveTicketExists: 'ᠲᠠ ᠡᠨᠡ ᠴᠡᠭ ᠲᠦ ᠳᠠᠭᠤᠰᠤᠭᠠᠳᠤᠢ ᠳᠤᠭᠠᠷ ᠲᠠᠢ ᠪᠠᠢᠨ᠎ᠠ',
  alreadyRequeued: 'ᠳᠤᠭᠠᠷ ᠣᠨᠭᠬᠣᠷᠴᠢᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ',
  ticketNotMissed: 'ᠵᠥᠪᠬᠡᠨ ᠣᠨᠭᠬᠣᠷᠴᠢᠭᠰᠠᠨ ᠳᠤᠭᠠᠷ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ',
  ticketEnded: 'ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠪᠦᠲᠦᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠪᠣᠯᠢᠴᠠᠭᠳᠠᠭᠰᠠᠨ',
  noQueues: 'ᠡᠨᠡ ᠴᠡᠭ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠨᠡᠭᠡᠭᠡᠭᠡᠳᠦᠢ',
  ticketChanged: `ᠳᠤᠭᠠᠷ ᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡ᠂ ${RETRY}`,
  caseNotFound: 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠦᠨ ᠳᠤᠭᠠᠷ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ',
  tooManyOpenOpinions: 'ᠲᠠ ᠬᠠᠷᠢᠭᠤ ᠠᠪᠤᠭᠠᠳᠤᠢ 10 ᠰᠠᠨᠠᠯ ᠲᠠᠢ᠂ ᠬᠠᠷᠢᠭᠤ ᠢᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ',
  phoneCodeInvalid: 'ᠤᠲᠠᠰᠤᠨ ᠤ ᠳᠤᠭᠠᠷ ᠤᠨ ᠪᠠᠲᠤᠯᠭ᠎ᠠ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠂ ᠳᠠᠬᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠢ',
  phoneNotMainland: 'ᠵᠥᠪᠬᠡᠨ ᠳᠤᠮᠳᠠᠳᠤ ᠦᠯᠡᠰ ᠦᠨ ᠡᠬᠢ ᠭᠠᠵᠠᠷ ᠤᠨ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳᠤᠭᠠᠷ ᠳᠡᠮᠵᠢᠨ᠎ᠡ',
};

/**
 * Validation sentences a resident can meet, by their Chinese (written where the check is: the
 * shared schemas and the handlers). A Chinese sentence not here is answered with the code's
 * Mongolian sentence; the issue's path still marks the field.
 */
export const ISSUE_SENTENCES_MN: Readonly<Record<string, string>> = {
  [DECEPTIVE_TEXT_MESSAGE]: 'ᠬᠢᠨᠠᠬᠤ ᠲᠡᠮᠳᠡᠭ᠂ ᠪᠢᠴᠢᠭ ᠦᠨ ᠴᠢᠭᠯᠡᠯ ᠦᠨ ᠲᠡᠮᠳᠡᠭ ᠪᠤᠶᠤ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠦᠰᠦᠭ ᠪᠠᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ',
  [LINE_BREAK_MESSAGE]: 'ᠮᠥᠷ ᠰᠤᠯᠠᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠲᠠᠪ ᠲᠡᠮᠳᠡᠭ ᠪᠠᠭᠲᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ',
  '该事项不提供此服务类型': 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠲᠦ ᠡᠨᠡ ᠲᠥᠷᠥᠯ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠦᠭᠡᠢ',
  '该事项不提供此服务方式': 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠲᠦ ᠡᠨᠡ ᠬᠡᠯᠪᠡᠷᠢ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠦᠭᠡᠢ',
  '上门服务请填写地址和期望时间': 'ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠳᠦ ᠬᠠᠶᠢᠭ ᠪᠠ ᠬᠦᠰᠡᠭᠰᠡᠨ ᠴᠠᠭ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ',
  '仅上门服务需要上门信息': 'ᠵᠥᠪᠬᠡᠨ ᠭᠡᠷ ᠲᠦ ᠢᠷᠡᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠳᠦ ᠬᠠᠶᠢᠭ ᠬᠡᠷᠡᠭᠲᠡᠢ',
  '该事项已停用，暂不受理新的委托': 'ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠵᠣᠭᠰᠣᠭᠰᠠᠨ᠂ ᠰᠢᠨ᠎ᠡ ᠳᠠᠭᠠᠯᠭᠠᠯ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ',
  '协议已更新，请重新阅读后签署': 'ᠭᠡᠷ᠎ᠡ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡ᠂ ᠳᠠᠬᠢᠨ ᠤᠩᠰᠢᠭᠠᠳ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ',
  '签名图片未上传成功，请重新签名': 'ᠭᠠᠷ ᠦᠰᠦᠭ ᠦᠨ ᠵᠢᠷᠤᠭ ᠣᠷᠣᠭᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠬᠢᠨ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ',
  '分页参数无效': 'ᠨᠢᠭᠤᠷ ᠤᠨ ᠲᠣᠬᠢᠷᠭ᠎ᠠ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ',
  '该网点没有这个队列': 'ᠡᠨᠡ ᠴᠡᠭ ᠲᠦ ᠡᠨᠡ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠦᠭᠡᠢ',
  '请通过微信验证手机号': 'ᠸᠢᠴᠠᠲ ᠢᠶᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳᠤᠭᠠᠷ ᠢᠶᠠᠨ ᠪᠠᠲᠤᠯᠠᠭᠠᠷᠠᠢ',
  '文件不属于该办件': 'ᠹᠠᠢᠯ ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠲᠦ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠦᠭᠡᠢ',
  '文件为空': 'ᠹᠠᠢᠯ ᠬᠣᠭᠣᠰᠤᠨ',
  '文件超过 10 MB': 'ᠹᠠᠢᠯ 10 MB ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠪᠡ',
  '仅支持 JPG、PNG 图片和 PDF 文件': 'ᠵᠥᠪᠬᠡᠨ JPG᠂ PNG ᠵᠢᠷᠤᠭ ᠪᠠ PDF ᠹᠠᠢᠯ ᠳᠡᠮᠵᠢᠨ᠎ᠡ',
  '文件类型与申请上传时不符': 'ᠹᠠᠢᠯ ᠤᠨ ᠲᠥᠷᠥᠯ ᠣᠷᠣᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠲᠡᠢ ᠠᠳᠠᠯᠢ ᠪᠤᠰᠤ',
  '文件内容与文件类型不符': 'ᠹᠠᠢᠯ ᠤᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠲᠥᠷᠥᠯ ᠲᠡᠢ ᠶᠢᠨ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ',
};

/**
 * What a Mongolian answer is worded from, as the functions carry it packed (errorTextPacked.ts,
 * `npm run texts:pack`): the three tables above, and the Chinese sentences of the staff-only
 * refusals, which such an answer keeps (so that no function needs the registry of every refusal).
 */
export interface MongolianErrorSentences {
  errors: Readonly<Record<ErrorCode, string>>;
  refusals: Readonly<Record<ResidentRefusal, string>>;
  issues: Readonly<Record<string, string>>;
  staffOnly: Readonly<Record<(typeof STAFF_ONLY_REFUSALS)[number], string>>;
}

export function mongolianErrorSentences(): MongolianErrorSentences {
  const staffOnly = Object.fromEntries(STAFF_ONLY_REFUSALS.map((reason) => [reason, REFUSAL_SENTENCES[reason]])) as MongolianErrorSentences['staffOnly'];
  return { errors: ERROR_MESSAGES_MN, refusals: REFUSAL_SENTENCES_MN, issues: ISSUE_SENTENCES_MN, staffOnly };
}
