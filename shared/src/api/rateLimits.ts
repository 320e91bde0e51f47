// How often one caller — a signed-in user, or a channel system by its API key — may use each write
// route: the numbers in one place. API Gateway's per-route throttles (serverless.yml) protect the
// service as a whole; these keep one caller from using a route up for everybody else. A write
// route added to the table without a number here does not compile.
import type { Route, RouteId } from './routes';

/** At most `requests` within each fixed window of `windowSeconds` (counted per caller and route). */
export interface RateLimit {
  requests: number;
  windowSeconds: number;
}

/** Every route that changes something (any method but GET). */
export type WriteRouteId = { [Id in RouteId]: Route<Id>['method'] extends 'GET' ? never : Id }[RouteId];

const perMinute = (requests: number): RateLimit => ({ requests, windowSeconds: 60 });

/**
 * null: a public route, with no caller to count by (signing in): its flood is API Gateway's to stop.
 * The numbers are a busy person's pace with room to spare, well under a script's.
 */
export const RATE_LIMITS: Readonly<Record<WriteRouteId, RateLimit | null>> = {
  // A resident entrusts a few items; a window agent keys in one request every few minutes.
  createCase: perMinute(10),
  // An agent working through a case: accept, note, request, review … in quick succession.
  actOnCase: perMinute(60),
  // Opening an applicant's whole ID number is audited; one case at a time.
  revealIdNumber: perMinute(10),
  // A batch of photos of one material list.
  requestUpload: perMinute(30),
  confirmUpload: perMinute(30),
  commitMaterial: perMinute(20),
  reviewMaterial: perMinute(60),
  // A person holds at most five bookings; changing one's mind a few times is plenty.
  bookSlot: perMinute(10),
  cancelBooking: perMinute(10),
  checkIn: perMinute(10),
  // A point's agent marks the day's no-shows one by one after each slot.
  markNoShow: perMinute(60),
  // The bureau publishes a year's arrangement, or corrects it, a few times a year.
  publishCalendarYear: perMinute(5),
  // Editing a point's hours, windows and closures: a form saved a few times while it is tried out.
  updatePointSchedule: perMinute(10),
  addPointClosure: perMinute(10),
  removePointClosure: perMinute(10),
  // 取号: one live number per point anyway; a few tries if a queue is full or paused.
  takeTicket: perMinute(10),
  cancelTicket: perMinute(10),
  requeueTicket: perMinute(10),
  // A desk agent issues numbers for a queue of people without phones.
  deskTicket: perMinute(60),
  // A window agent calls, recalls, starts and finishes one person every minute or two, in bursts.
  callNext: perMinute(60),
  actOnTicket: perMinute(120),
  linkTicket: perMinute(30),
  // The bureau sets up a point's queues: a form saved a few times.
  updateQueueConfig: perMinute(10),
  markNoticesRead: perMinute(60),
  recordSubscriptions: perMinute(30),
  setMyLanguage: perMinute(20),
  // At most ten unanswered opinions per resident anyway.
  createOpinion: perMinute(5),
  answerOpinion: perMinute(30),
  reportRectification: perMinute(20),
  createServiceItem: perMinute(20),
  updateServiceItem: perMinute(30),
  setServiceItemStatus: perMinute(30),
  // The bureau keys in a translation office's list of names, one unit after another.
  setDepartmentMongolian: perMinute(30),
  setServicePointMongolian: perMinute(30),
  inviteAgent: perMinute(20),
  unbindAgent: perMinute(10),
  moveAgent: perMinute(10),
  signOutAgent: perMinute(20),
  // One-time codes: a person types theirs once or twice; guessing is hopeless at this pace.
  bindStaff: perMinute(5),
  issueChannelKey: perMinute(5),
  revokeChannelKey: perMinute(10),
  // A hotline centre keys in its calls through one key: a busy hour's pace, not a flood.
  channelCreateCase: perMinute(60),
  // Each claim asks WeChat to vouch for a phone.
  claimCases: perMinute(5),
  wechatLogin: null,
  devLogin: null,
};
