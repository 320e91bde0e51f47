// The authorisation matrix: every endpoint of ROUTES called as each of seven callers, against a
// seeded DynamoDB Local table. The expected statuses are written by hand below (not derived from
// route.access), so a route whose access or scope check drifts shows up as a mismatch.
//   200  allowed (or another status, with a comment, when the fixture's state decides)
//   401  anonymous on a route that needs a signed-in user
//   403  the caller's role may not call the route, or they see the resource but may not do this
//   404  the case / booking / opinion / material exists but is not the caller's (a guessed id
//        reveals nothing)
import { ROUTES, pathFor, type RouteDef, type RouteId } from '@app/shared';
import { ulid } from 'ulid';
import { demoPoints } from '../local/demoData';
import { findCalendarYear } from '../src/calendar/repository';
import { findCase } from '../src/cases/repository';
import { findPoint } from '../src/network/repository';
import { startFakeWechat, type FakeWechat } from './support/fakeWechat';
import { call } from './support/http';
import { useFreshTable } from './support/stack';
import {
  CALLERS,
  COMMIT_SPEC,
  DEPARTMENT_ID,
  FILE_SPEC,
  HANDLERS,
  ITEM_ID,
  LATER,
  LOCAL_CLOCK,
  PNG,
  POINT,
  TODAY,
  catalogueDraft,
  entrustBody,
  setUpFixtures,
  type Caller,
  type Fixtures,
} from './support/matrixFixtures';

/** [anonymous, owner (u-resident-1), otherResident (u-resident-2), deptAgent, otherDeptAgent, pointAgent, bureau] */
type Row = readonly [number, number, number, number, number, number, number];

const PUBLIC: Row = [200, 200, 200, 200, 200, 200, 200];
const SIGNED_IN: Row = [401, 200, 200, 200, 200, 200, 200];
const BUREAU_ONLY: Row = [401, 403, 403, 403, 403, 403, 200];
const RESIDENTS_ONLY: Row = [401, 200, 200, 403, 403, 403, 403];
const RESIDENTS_AND_AGENTS: Row = [401, 200, 200, 200, 200, 200, 403];

/**
 * Callers: the owner entrusted the case at the point (a street centre with two agents); deptAgent
 * is an agent of the case's department (not its owner), otherDeptAgent one of another department,
 * pointAgent the point's agent the case was not routed to; the case is owned by a third agent of
 * the department (agt-scjg-1), so every agent caller relates to it through their unit only.
 */
const EXPECTED: Record<string, Row> = {
  // ---- catalogue
  listServiceItems: PUBLIC,
  getServiceItem: PUBLIC,
  createServiceItem: BUREAU_ONLY,
  updateServiceItem: BUREAU_ONLY,
  setServiceItemStatus: BUREAU_ONLY,
  adminListServiceItems: BUREAU_ONLY,

  // ---- network
  listDepartments: PUBLIC,
  listServicePoints: PUBLIC,
  getServicePoint: PUBLIC,
  getServicePointByCode: PUBLIC,
  // Asked for the case's department: its agent and the bureau; other units' agents are refused.
  listAgents: [401, 403, 403, 200, 403, 403, 200],
  pointPoster: BUREAU_ONLY,
  setDepartmentMongolian: BUREAU_ONLY,
  setServicePointMongolian: BUREAU_ONLY,
  staffingReport: BUREAU_ONLY,
  inviteAgent: BUREAU_ONLY,
  unbindAgent: BUREAU_ONLY,
  moveAgent: BUREAU_ONLY,
  signOutAgent: BUREAU_ONLY,

  // ---- identity
  wechatLogin: PUBLIC,
  devLogin: PUBLIC, // local stack only (DEV_LOGIN=on here)
  listDemoUsers: PUBLIC,
  me: SIGNED_IN,
  setMyLanguage: SIGNED_IN,
  // Residents may bind, but the code given was already used by someone else: 409 (a valid code
  // would turn u-resident-1 into an agent and change every later answer).
  bindStaff: [401, 409, 409, 403, 403, 403, 403],

  // ---- cases
  // Agents key in window requests for anyone (首问负责); the bureau supervises and does not entrust.
  createCase: RESIDENTS_AND_AGENTS,
  listMyCases: RESIDENTS_ONLY,
  getCase: [401, 200, 404, 200, 404, 200, 200],
  // recordProgress at the current version: the owner agent (not a caller) and the bureau only; the
  // applicant's role may not (403); agents who see the case but do not own it are refused (403).
  actOnCase: [401, 403, 404, 403, 404, 403, 200],
  agentInbox: [401, 403, 403, 200, 200, 200, 403],
  caseAccessLog: BUREAU_ONLY,
  // The case's agents (department and point) open the applicant's ID number; another department's
  // agent gets 404 for the case.
  revealIdNumber: [401, 403, 403, 200, 404, 200, 403],

  // ---- materials
  requestUpload: [401, 200, 404, 200, 404, 200, 403],
  confirmUpload: [401, 200, 404, 200, 404, 200, 403],
  commitMaterial: [401, 200, 404, 403, 403, 403, 403],
  reviewMaterial: [401, 403, 403, 200, 404, 200, 403],
  downloadMaterial: [401, 200, 404, 200, 404, 200, 200],

  // ---- bookings
  listSlots: PUBLIC,
  // A booking for the owner's case: another resident naming it gets 404.
  bookSlot: [401, 200, 404, 403, 403, 403, 403],
  listMyBookings: RESIDENTS_ONLY,
  cancelBooking: [401, 200, 404, 403, 403, 403, 403],
  // The owner's booking at the point, today. The department's agent sees the booked case but is
  // not the point's agent (403); an agent of another department has no tie to the booking or its
  // case, so its id must reveal nothing (404).
  checkIn: [401, 200, 404, 403, 404, 200, 403],
  // A point's day list: its own agents and the bureau; points are public, so 403 not 404.
  pointBookings: [401, 403, 403, 403, 403, 200, 200],
  bookingDays: PUBLIC,
  // The owner's booking of this morning at the point: only the point's agent marks it 未到; the
  // department's agent sees its case (403); another department's agent learns nothing (404).
  markNoShow: [401, 403, 403, 403, 404, 200, 403],

  // ---- calendar and schedules
  getCalendar: PUBLIC,
  getCalendarYear: PUBLIC,
  publishCalendarYear: BUREAU_ONLY,
  getPointSchedule: PUBLIC,
  updatePointSchedule: BUREAU_ONLY,
  // The point's own agent or the bureau; agents of other units (the case's department included) may not.
  addPointClosure: [401, 403, 403, 403, 403, 200, 200],
  removePointClosure: [401, 403, 403, 403, 403, 200, 200],

  // ---- notices
  listNotices: RESIDENTS_AND_AGENTS,
  markNoticesRead: RESIDENTS_AND_AGENTS,
  recordSubscriptions: RESIDENTS_AND_AGENTS,
  subscriptionSettings: SIGNED_IN,

  // ---- supervision
  supervisionDepartments: BUREAU_ONLY,
  supervisionAgents: BUREAU_ONLY,
  supervisionExport: BUREAU_ONLY,
  scorecard: PUBLIC,
  pointBookingFigures: BUREAU_ONLY,
  // Agents list their own department's; the point agent serves no department (403).
  listRectifications: [401, 403, 403, 200, 200, 403, 200],
  // The rated case: its department's agent reports (200, once; nobody else gets that far); the
  // point agent sees the case but is not of its department (403); another department's: 404.
  reportRectification: [401, 403, 403, 200, 404, 403, 403],

  // ---- opinions
  // About the owner's case: another resident naming it gets 404.
  createOpinion: [401, 200, 404, 403, 403, 403, 403],
  listMyOpinions: RESIDENTS_ONLY,
  listOpinions: BUREAU_ONLY,
  getOpinion: [401, 200, 404, 403, 403, 403, 200],
  answerOpinion: BUREAU_ONLY,

  // ---- meta
  openApiDocument: PUBLIC,

  // ---- channels
  issueChannelKey: BUREAU_ONLY,
  listChannelKeys: BUREAU_ONLY,
  revokeChannelKey: BUREAU_ONLY,
  // Authenticated by a channel's X-Api-Key, never by a session: without a key every caller is 401
  // (keys, and 404 for another channel's case, in channelsApi.test.ts).
  channelCreateCase: [401, 401, 401, 401, 401, 401, 401],
  channelGetCase: [401, 401, 401, 401, 401, 401, 401],
  // A phone with no unclaimed case (the local stack's devPhone): residents get an empty list.
  claimCases: RESIDENTS_ONLY,

  // ---- queue (取号叫号) at POINT
  pointQueues: PUBLIC,
  hallBoard: PUBLIC,
  // Its own point's agents and the bureau; an agent of anything else learns nothing (404).
  getQueueConfig: [401, 403, 403, 404, 404, 200, 200],
  updateQueueConfig: BUREAU_ONLY,
  takeTicket: RESIDENTS_ONLY,
  myTickets: RESIDENTS_ONLY,
  // Desk numbers, windows and calls: the point's own agents; department agents work no window (403).
  deskTicket: [401, 403, 403, 403, 403, 200, 403],
  queueWindow: [401, 403, 403, 403, 403, 200, 403],
  callNext: [401, 403, 403, 403, 403, 200, 403],
  actOnTicket: [401, 403, 403, 403, 403, 200, 403],
  linkTicket: [401, 403, 403, 403, 403, 200, 403],
  // A ticket is its holder's and its point's: anyone else's id reveals nothing (404).
  getTicket: [401, 200, 404, 404, 404, 200, 403],
  cancelTicket: [401, 200, 404, 404, 404, 200, 403],
  requeueTicket: [401, 200, 404, 404, 404, 200, 403],
  supervisionQueues: BUREAU_ONLY,
};

interface Request {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}
type Build = (f: Fixtures, caller: Caller) => Request | Promise<Request>;

const currentVersion = async (caseId: string) => (await findCase(caseId, true))!.version;
/** The caller's own prepared object where it has one, else the owner's. */
const own = (map: Partial<Record<Caller, string>>, caller: Caller): string => map[caller] ?? map.owner ?? Object.values(map)[0]!;

let wechat: FakeWechat;
let wechatLogins = 0;

/** A valid request per route (the Idempotency-Key is added for idempotent routes). */
const REQUESTS: Record<string, Build> = {
  listServiceItems: () => ({ query: { q: '企业' } }),
  getServiceItem: () => ({ params: { id: ITEM_ID } }),
  createServiceItem: () => ({ body: catalogueDraft() }),
  updateServiceItem: (f) => {
    const { id, departmentName, active, updatedAt, fee, ...rest } = f.editItem;
    void departmentName, active, updatedAt, fee;
    return { params: { id }, body: { ...rest, summary: '食品经营者终止经营的，申请注销食品经营许可证（已修订）。' } };
  },
  setServiceItemStatus: (f) => ({ params: { id: f.statusItemId }, body: { active: false } }),
  adminListServiceItems: () => ({}),

  listDepartments: () => ({}),
  listServicePoints: () => ({}),
  getServicePoint: () => ({ params: { id: POINT.id } }),
  getServicePointByCode: () => ({ params: { code: POINT.code } }),
  listAgents: () => ({ query: { departmentId: DEPARTMENT_ID } }),
  pointPoster: () => ({ params: { id: POINT.id } }),
  setDepartmentMongolian: () => ({ params: { id: DEPARTMENT_ID }, body: { nameMn: 'ᠵᠠᠬ᠎ᠠ ᠵᠡᠭᠡᠯ' } }),
  setServicePointMongolian: () => ({ params: { id: POINT.id }, body: { nameMn: 'ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ' } }),
  staffingReport: () => ({}),
  inviteAgent: (f) => ({ params: { id: f.inviteAgentId } }),
  unbindAgent: (f) => ({ params: { id: f.unbindAgentId } }),
  moveAgent: (f) => ({ params: { id: f.moveAgentId }, body: { departmentId: 'dept-rsj' } }),
  signOutAgent: (f) => ({ params: { id: f.signOutAgentId } }),

  wechatLogin: () => {
    const code = `matrix${++wechatLogins}${Date.now()}`;
    wechat.codes.set(code, `oMATRIX${ulid()}`);
    return { body: { code } };
  },
  devLogin: () => ({ body: { userId: 'u-resident-1' } }),
  listDemoUsers: () => ({}),
  me: () => ({}),
  setMyLanguage: () => ({ body: { language: 'mn' } }),
  bindStaff: (f) => ({ body: { code: f.usedInvitationCode } }),

  createCase: (_f, caller) => ({ body: entrustBody(caller.endsWith('Agent') ? { channel: 'window' } : {}) }),
  listMyCases: () => ({}),
  getCase: (f) => ({ params: { id: f.caseId } }),
  actOnCase: async (f) => ({ params: { id: f.caseId }, body: { version: await currentVersion(f.caseId), action: 'recordProgress', note: '已电话联系申请人' } }),
  agentInbox: () => ({ query: { view: 'mine' } }),
  caseAccessLog: (f) => ({ params: { id: f.caseId } }),
  revealIdNumber: (f) => ({ params: { id: f.caseId } }),

  requestUpload: (f) => ({ params: { id: f.caseId }, body: { materialSpecId: FILE_SPEC, fileName: '申请书.png', contentType: 'image/png', size: PNG.length } }),
  confirmUpload: (f, caller) => ({ params: { id: f.caseId }, body: { uploadId: own(f.uploadTicket, caller) } }),
  commitMaterial: (f) => ({ params: { id: f.caseId }, body: { materialSpecId: COMMIT_SPEC, statement: '本人承诺住所使用证明真实有效' } }),
  reviewMaterial: (f, caller) => ({ params: { id: f.caseId, materialId: own(f.reviewMaterial, caller) }, body: { decision: 'accepted' } }),
  downloadMaterial: (f) => ({ params: { id: f.caseId, materialId: f.fileMaterialId } }),

  listSlots: () => ({ params: { id: POINT.id }, query: { date: LATER } }),
  bookSlot: (f) => ({ body: { pointId: POINT.id, date: LATER, time: f.laterSlot, caseId: f.caseId } }),
  listMyBookings: () => ({}),
  cancelBooking: (f) => ({ params: { id: f.cancelBookingId }, body: {} }),
  checkIn: (f, caller) => ({ params: { id: own(f.checkInBooking, caller) }, body: { pointCode: POINT.code } }),
  pointBookings: () => ({ params: { id: POINT.id }, query: { date: TODAY } }),
  bookingDays: () => ({ params: { id: POINT.id } }),
  markNoShow: (f) => ({ params: { id: f.noShowBookingId }, body: {} }),

  getCalendar: () => ({}),
  getCalendarYear: () => ({ params: { year: '2027' } }),
  // A year far ahead, at the version it stands at: nothing is due or booked then.
  publishCalendarYear: async () => ({
    params: { year: '2031' },
    body: { ranges: [{ kind: 'holiday', name: '元旦', from: '2031-01-01', to: '2031-01-01' }], notice: '矩阵测试', version: (await findCalendarYear(2031))?.version ?? 0 },
  }),
  getPointSchedule: () => ({ params: { id: POINT.id } }),
  // The point's schedule as it stands (the same settings, at its current version).
  updatePointSchedule: async () => {
    const { closures, updatedAt, updatedBy, ...settings } = (await findPoint(POINT.id, true))!.schedule;
    void closures, updatedAt, updatedBy;
    return { params: { id: POINT.id }, body: settings };
  },
  addPointClosure: () => ({ params: { id: POINT.id }, body: { from: '2027-03-02', to: '2027-03-02', reason: '培训' } }),
  removePointClosure: (f, caller) => ({ params: { id: POINT.id, closureId: own(f.closureIds, caller) } }),

  listNotices: () => ({}),
  // The owner's notice id for everyone: ids outside the caller's own inbox change nothing (200).
  markNoticesRead: (f) => ({ body: { ids: [f.ownerNoticeId] } }),
  recordSubscriptions: () => ({ body: { answers: [{ topic: 'caseProgress', accepted: true }] } }),
  subscriptionSettings: () => ({}),

  supervisionDepartments: () => ({}),
  supervisionAgents: () => ({ query: { departmentId: DEPARTMENT_ID } }),
  supervisionExport: () => ({}),
  scorecard: () => ({}),
  pointBookingFigures: () => ({}),
  listRectifications: () => ({}),
  reportRectification: (f) => ({ params: { id: f.ratedCaseId }, body: { measures: '已约谈经办人员，建立进度主动告知机制' } }),

  createOpinion: (f) => ({ body: { kind: 'complaint', content: '预约后现场等候时间过长，希望改进。', caseId: f.caseId } }),
  listMyOpinions: () => ({}),
  listOpinions: () => ({}),
  getOpinion: (f) => ({ params: { id: f.opinionId } }),
  answerOpinion: (f) => ({ params: { id: f.openOpinionId }, body: { text: '感谢您的建议，我们将增加周末预约时段。' } }),

  openApiDocument: () => ({}),

  issueChannelKey: () => ({ body: { channel: 'hotline12345', label: '矩阵测试' } }),
  listChannelKeys: () => ({}),
  // A fresh key per caller, issued by the bureau: only the bureau's own revoke gets that far.
  revokeChannelKey: async (f) => {
    const issued = await call(HANDLERS.channels, { method: 'POST', path: '/channels/keys', token: f.tokens.bureau, body: { channel: 'webPortal', label: '矩阵测试' }, headers: { 'Idempotency-Key': ulid() } });
    return { params: { id: String(issued.body.id) } };
  },
  channelCreateCase: () => ({ body: { ...entrustBody(), operator: { name: '王话务' } } }),
  channelGetCase: (f) => ({ params: { id: f.caseId } }),
  claimCases: () => ({ body: { devPhone: '13904720998' } }),

  pointQueues: () => ({ params: { id: POINT.id } }),
  hallBoard: () => ({ params: { code: POINT.code } }),
  getQueueConfig: () => ({ params: { id: POINT.id } }),
  // The point's queues as they stand, at their current version.
  updateQueueConfig: async (f) => {
    const current = await call(HANDLERS.queue, { path: `/network/points/${POINT.id}/queue-config`, token: f.tokens.bureau });
    return { params: { id: POINT.id }, body: { queues: current.body.queues, version: current.body.version } };
  },
  takeTicket: (f) => ({ body: { pointId: f.queue.takePointId, queueId: 'consult' } }),
  myTickets: () => ({}),
  deskTicket: () => ({ body: { queueId: 'consult' } }),
  queueWindow: () => ({ query: { window: '1' } }),
  // Window 2 is free; window 1 holds the called ticket.
  callNext: () => ({ body: { window: 2 } }),
  actOnTicket: async (f) => {
    const current = await call(HANDLERS.queue, { path: `/queue/tickets/${f.queue.calledId}`, token: f.tokens.pointAgent });
    return { params: { id: f.queue.calledId }, body: { action: 'recall', version: current.body.version } };
  },
  linkTicket: (f) => ({ params: { id: f.queue.linkId }, body: { caseId: f.caseId } }),
  getTicket: (f) => ({ params: { id: f.queue.requeue.owner } }),
  cancelTicket: (f, caller) => ({ params: { id: own(f.queue.cancel, caller) } }),
  requeueTicket: (f, caller) => ({ params: { id: own(f.queue.requeue, caller) } }),
  supervisionQueues: () => ({}),
};

const routeIds = Object.keys(ROUTES) as RouteId[];
const mismatches: string[] = [];
let checks = 0;
let fixtures: Fixtures;
const savedClock = process.env.LOCAL_CLOCK;

beforeAll(async () => {
  // The local stage's clock starts on a working Wednesday morning, so today's slots are open.
  process.env.LOCAL_CLOCK = LOCAL_CLOCK;
  await useFreshTable({ seed: true });
  wechat = await startFakeWechat(process.env.WECHAT_APP_ID!, process.env.WECHAT_APP_SECRET!);
  process.env.WECHAT_API_BASE = wechat.baseUrl;
  fixtures = await setUpFixtures();
}, 120_000);

afterAll(async () => {
  delete process.env.WECHAT_API_BASE;
  if (savedClock === undefined) delete process.env.LOCAL_CLOCK;
  else process.env.LOCAL_CLOCK = savedClock;
  await wechat?.close();
  console.log(`authz: ${routeIds.length} endpoints × ${CALLERS.length} roles = ${checks} checks, ${mismatches.length} mismatches${mismatches.length ? `\n  ${mismatches.join('\n  ')}` : ''}`);
});

test('the table has an entry (expected statuses and a request) for exactly every route of ROUTES', () => {
  const missing = routeIds.filter((id) => !(id in EXPECTED) || !(id in REQUESTS));
  const unknown = [...new Set([...Object.keys(EXPECTED), ...Object.keys(REQUESTS)])].filter((id) => !(id in ROUTES));
  if (missing.length || unknown.length) throw new Error(`authorisation matrix out of date — missing: [${missing.join(', ')}]; not routes: [${unknown.join(', ')}]`);
  expect(demoPoints.some((p) => p.id === POINT.id)).toBe(true);
});

// Routes without a row fail the test above; they are skipped here rather than crashing the table.
test.each(routeIds.filter((id) => id in EXPECTED && id in REQUESTS))('%s as each caller', async (id) => {
  const route: RouteDef = ROUTES[id];
  const handler = HANDLERS[route.group];
  const expected = EXPECTED[id];
  const got: Partial<Record<Caller, number>> = {};
  for (const caller of CALLERS) {
    const request = await REQUESTS[id](fixtures, caller);
    const answer = await call(handler, {
      method: route.method,
      path: pathFor(route.path, request.params),
      routeKey: `${route.method} ${route.path}`,
      query: request.query,
      body: request.body ?? (route.method === 'GET' ? undefined : route.body ? {} : undefined),
      token: fixtures.tokens[caller],
      headers: route.idempotent ? { 'Idempotency-Key': ulid() } : {},
    });
    checks += 1;
    got[caller] = answer.status;
    const want = expected[CALLERS.indexOf(caller)];
    if (answer.status !== want) {
      const error = (answer.body as { error?: { code?: string; reason?: string } } | undefined)?.error;
      mismatches.push(`${id} as ${caller}: expected ${want}, got ${answer.status}${error ? ` (${error.code}${error.reason ? `: ${error.reason}` : ''})` : ''}`);
    }
  }
  expect(got).toEqual(Object.fromEntries(CALLERS.map((c, i) => [c, expected[i]])));
});
