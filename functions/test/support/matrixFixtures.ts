// Fixtures for the authorisation matrix: one seeded table holding a case of u-resident-1 entrusted
// at a service point with two agents, built through the real API, with what the routes need around
// it (materials, bookings, opinions, a rectification, catalogue items, a used invitation code).
import { AGREEMENT_VERSION, SlotsResponse, type RouteDef } from '@app/shared';
import { ulid } from 'ulid';
import { demoPoints } from '../../local/demoData';
import { insertBooking, readLiveCounter } from '../../src/bookings/repository';
import { findCase } from '../../src/cases/repository';
import { handler as bookings } from '../../src/handlers/bookings';
import { handler as calendar } from '../../src/handlers/calendar';
import { handler as cases } from '../../src/handlers/cases';
import { handler as catalogue } from '../../src/handlers/catalogue';
import { handler as channels } from '../../src/handlers/channels';
import { handler as identity } from '../../src/handlers/identity';
import { handler as materials } from '../../src/handlers/materials';
import { handler as meta } from '../../src/handlers/meta';
import { handler as network } from '../../src/handlers/network';
import { handler as notices } from '../../src/handlers/notices';
import { handler as opinions } from '../../src/handlers/opinions';
import { handler as posters } from '../../src/handlers/posters';
import { handler as queue } from '../../src/handlers/queue';
import { handler as staff } from '../../src/handlers/staff';
import { handler as supervision } from '../../src/handlers/supervision';
import { putUser } from '../../src/identity/repository';
import { putAgent } from '../../src/network/repository';
import { drainOutbox } from '../../src/notices/notifier';
import { issueSession } from '../../src/identity/session';
import { clock } from '../../src/lib/clock';
import { useTestBucket } from './bucket';
import { call, ok, type Handler } from './http';
import { acceptAll, handInRequired } from './materials';
import { tokenOf } from './people';
import { setUpQueueFixtures, type QueueFixtures } from './queueFixtures';

/** The seven callers, in the order of the expected-status columns. */
export const CALLERS = ['anonymous', 'owner', 'otherResident', 'deptAgent', 'otherDeptAgent', 'pointAgent', 'bureau'] as const;
export type Caller = (typeof CALLERS)[number];

/** Every route group's Lambda. */
export const HANDLERS: Record<RouteDef['group'], Handler> = { catalogue, network, identity, cases, materials, bookings, notices, supervision, opinions, meta, channels, calendar, queue, posters, staff };

/** Today in Baotou (a Wednesday, a working day) at 10:00; the clock runs on from there. */
export const TODAY = '2026-11-25';
export const LOCAL_CLOCK = `${TODAY}T10:00:00+08:00`;
/** A later working day for bookings that must not be checked in. */
export const LATER = '2026-12-02';

export const ITEM_ID = 'item-qy-setup'; // 企业设立登记, 区市场监管局 (dept-scjg)
export const DEPARTMENT_ID = 'dept-scjg';
export const POINT = demoPoints.find((p) => p.id === 'pt-yydj')!; // a street centre with two agents
export const FILE_SPEC = 'application';
export const COMMIT_SPEC = 'premises';
/** Materials the two reviewing agents review, one each. */
const REVIEW_SPECS = ['articles', 'investor-ids'] as const;
/** Who accepts (and so owns) the fixture cases: an agent of the department that is none of the callers. */
export const OWNER_AGENT = 'agt-scjg-1';

/** A real 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A well-formed 18-digit ID number (valid check digit) for the applicant: revealIdNumber opens it. */
function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}
export const applicant = { name: '张丽', phone: '13904720001', idNumber: withCheckDigit('15020319850612123') };
export const entrustBody = (extra: Record<string, unknown> = {}) => ({
  kind: 'entrustment',
  itemId: ITEM_ID,
  serviceKind: 'handleOnBehalf',
  serviceMode: 'appointment',
  servicePointId: POINT.id,
  applicant,
  ...extra,
});
export const catalogueDraft = () => ({
  code: `150203-SCJG-M-${ulid().slice(-8)}`,
  name: '食品经营许可证注销',
  scope: 'enterpriseEstablishment',
  level: 'district',
  departmentId: DEPARTMENT_ID,
  summary: '食品经营者终止经营的，申请注销食品经营许可证。',
  serviceKinds: ['consult', 'handleOnBehalf'],
  serviceModes: ['online', 'appointment'],
  materials: [{ name: '食品经营许可证注销申请书', required: true, commitmentAllowed: false }],
  commitmentDays: 3,
  statutoryDays: 10,
  keywords: ['食品', '注销'],
});

export interface Fixtures {
  /** Demo user ids (or agent ids) per caller; the anonymous caller has none. */
  who: Record<Exclude<Caller, 'anonymous'>, string>;
  tokens: Partial<Record<Caller, string>>;
  /** The main case: u-resident-1's, at POINT, accepted by OWNER_AGENT. */
  caseId: string;
  /** A case with a 不满意 rating and its rectification open. */
  ratedCaseId: string;
  /** A confirmed file material on the case (for downloads) and one commitment per reviewing agent. */
  fileMaterialId: string;
  reviewMaterial: Partial<Record<Caller, string>>;
  /** Upload tickets (file already posted) per uploading caller; the owner's stands in for the others. */
  uploadTicket: Partial<Record<Caller, string>>;
  /** Bookings of the owner: one later to cancel, and one today per caller allowed to check in. */
  cancelBookingId: string;
  checkInBooking: Partial<Record<Caller, string>>;
  /** A free slot on LATER for new bookings. */
  laterSlot: string;
  /** The owner's opinions: one to read, one for the bureau to answer. */
  opinionId: string;
  openOpinionId: string;
  /** Catalogue items created by the bureau: one to edit, one to withdraw. */
  editItem: Record<string, unknown> & { id: string };
  statusItemId: string;
  /** An invitation code already used by someone else. */
  usedInvitationCode: string;
  /** An in-app notice of the owner (the case was accepted). */
  ownerNoticeId: string;
  /** A booking of the owner at POINT today whose slot is over (for 未到). */
  noShowBookingId: string;
  /** Closures of POINT the point's agent and the bureau each lift. */
  closureIds: Partial<Record<Caller, string>>;
  /** Agents only the bureau acts on: one to invite, one to unbind. */
  inviteAgentId: string;
  unbindAgentId: string;
  /** Agents made for this table that the bureau moves (调岗) and signs out (强制下线). */
  moveAgentId: string;
  signOutAgentId: string;
  /** Tickets at POINT (and elsewhere) for the queue routes. */
  queue: QueueFixtures;
}

async function actAs(who: string, caseId: string, body: Record<string, unknown>): Promise<void> {
  const record = await findCase(caseId, true);
  ok(`${who} ${String(body.action)}`, await call(cases, { method: 'POST', path: `/cases/${caseId}/actions`, body: { version: record!.version, ...body }, token: await tokenOf(who) }));
}

const sign = { action: 'signAgreement', agreementVersion: AGREEMENT_VERSION, signerName: applicant.name, consentToDataHandling: true, acknowledgeFreeOfCharge: true };

/** What a phone does with a ticket: a multipart/form-data POST of the fields, then the file. */
async function postFile(ticket: { url: string; fields: Record<string, string> }): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'upload');
  const response = await fetch(ticket.url, { method: 'POST', body: form });
  await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`fixture upload: ${response.status}`);
}

async function ticketFor(who: string, caseId: string, materialSpecId: string = FILE_SPEC): Promise<string> {
  const ticket = ok(
    `${who} ticket`,
    await call(materials, { method: 'POST', path: `/cases/${caseId}/uploads`, token: await tokenOf(who), body: { materialSpecId, fileName: '申请书.png', contentType: 'image/png', size: PNG.length } }),
  );
  await postFile(ticket);
  return ticket.uploadId as string;
}

/** An entrusted case of the owner at POINT, signed and accepted by OWNER_AGENT. */
async function acceptedCase(owner: string): Promise<{ id: string; assignee?: string }> {
  const made = ok('entrust', await call(cases, { method: 'POST', path: '/cases', body: entrustBody(), token: await tokenOf(owner), headers: { 'Idempotency-Key': ulid() } }));
  await actAs(owner, made.id, sign);
  await actAs(OWNER_AGENT, made.id, { action: 'accept' });
  return { id: made.id, assignee: made.assignee?.agentId };
}

export async function setUpFixtures(): Promise<Fixtures> {
  await useTestBucket();
  const owner = 'u-resident-1';
  const bureau = 'u-bureau-1';
  const main = await acceptedCase(owner);
  // The point agent is the one the case was not routed to: their only tie to it is the point.
  const pointAgent = main.assignee === 'agt-yydj-2' ? 'agt-yydj-1' : 'agt-yydj-2';
  const who = { owner, otherResident: 'u-resident-2', deptAgent: 'agt-scjg-2', otherDeptAgent: 'agt-fgw-1', pointAgent, bureau };
  const tokens: Fixtures['tokens'] = {};
  for (const [caller, id] of Object.entries(who)) tokens[caller as Caller] = await tokenOf(id);

  // A 不满意 rating through the real case actions opens a rectification for the department.
  const rated = await acceptedCase(owner);
  await handInRequired(owner, rated.id);
  await actAs(owner, rated.id, { action: 'submitMaterials' });
  await acceptAll(OWNER_AGENT, rated.id);
  await actAs(OWNER_AGENT, rated.id, { action: 'feedBackResult', outcome: 'approved', summary: '营业执照已核发' });
  await actAs(owner, rated.id, { action: 'rate', level: 'dissatisfied', categories: ['efficiency'], comment: '进度告知不及时' });
  if ((await findCase(rated.id, true))?.rectification?.state !== 'open') throw new Error('fixture: no open rectification');

  // Materials: a confirmed file; posted uploads waiting for confirmation; one commitment per reviewer.
  const fileTicket = await ticketFor(owner, main.id);
  const fileMaterial = ok('confirm', await call(materials, { method: 'POST', path: `/cases/${main.id}/materials`, token: tokens.owner, body: { uploadId: fileTicket } }));
  const uploadTicket: Fixtures['uploadTicket'] = {};
  for (const caller of ['owner', 'deptAgent', 'pointAgent'] as const) uploadTicket[caller] = await ticketFor(who[caller], main.id);
  // Each reviewer reviews a material of its own (the current one of its spec, which no other call replaces).
  const reviewMaterial: Fixtures['reviewMaterial'] = {};
  for (const [caller, spec] of [['deptAgent', REVIEW_SPECS[0]], ['pointAgent', REVIEW_SPECS[1]]] as const) {
    const ticket = await ticketFor(owner, main.id, spec);
    reviewMaterial[caller] = ok('review material', await call(materials, { method: 'POST', path: `/cases/${main.id}/materials`, token: tokens.owner, body: { uploadId: ticket } })).id;
  }

  // Bookings at POINT: slots still open today (10:00) and one on a later working day.
  const slotsOn = async (date: string) => SlotsResponse.parse(ok('slots', await call(bookings, { path: `/network/points/${POINT.id}/slots`, query: { date } }))).slots;
  const today = (await slotsOn(TODAY)).filter((s) => s.time >= '10:30' && s.available > 0 && !s.extended);
  const later = (await slotsOn(LATER)).filter((s) => s.available > 0 && !s.extended);
  if (today.length < 2 || later.length < 2) throw new Error('fixture: not enough free slots');
  const book = async (date: string, time: string) =>
    ok('book', await call(bookings, { method: 'POST', path: '/bookings', token: tokens.owner, body: { pointId: POINT.id, date, time, caseId: main.id }, headers: { 'Idempotency-Key': ulid() } })).id as string;
  const cancelBookingId = await book(LATER, later[0].time);
  const checkInBooking = { owner: await book(TODAY, today[0].time), pointAgent: await book(TODAY, today[1].time) };
  // A booking of this morning's first slot, which is over at 10:00: stored as a booking made
  // yesterday would be (the API refuses to book a slot that has ended).
  const noShowBookingId = ulid();
  const live = await readLiveCounter(owner);
  const noShow = await insertBooking({
    booking: { id: noShowBookingId, pointId: POINT.id, pointName: POINT.name, date: TODAY, time: '09:00', endTime: '10:00', extended: false, caseId: main.id, userId: owner, state: 'booked', createdAt: clock.now().toISOString(), liveCounted: true },
    capacity: 10,
    live: { read: live, next: { ...live.bookings, [noShowBookingId]: TODAY } },
    idempotency: { key: ulid(), requestHash: 'fixture', expiresAt: 9_999_999_999, nowEpoch: 0 },
    guardExpiresAt: 9_999_999_999,
  });
  if (!noShow.ok) throw new Error(`fixture: no-show booking ${noShow.refusal}`);
  // Two closures far ahead (no bookings there): one the point's agent lifts, one the bureau lifts.
  const closure = async (reason: string) => {
    const answer = ok('closure', await call(network, { method: 'POST', path: `/network/points/${POINT.id}/closures`, token: tokens.bureau, body: { from: '2027-03-01', to: '2027-03-01', reason } }));
    return (answer.schedule.closures as { id: string; reason: string }[]).find((c) => c.reason === reason)!.id;
  };
  const closureIds = { pointAgent: await closure('矩阵测试一'), bureau: await closure('矩阵测试二') };

  // Opinions of the owner about the case.
  const opinion = async () =>
    ok('opinion', await call(opinions, { method: 'POST', path: '/opinions', token: tokens.owner, body: { kind: 'suggestion', content: '希望增加周末预约时段，方便上班族办理。', caseId: main.id }, headers: { 'Idempotency-Key': ulid() } })).id as string;
  const opinionId = await opinion();
  const openOpinionId = await opinion();

  // Catalogue items the bureau edits and withdraws.
  const createItem = async () => ok('catalogue item', await call(catalogue, { method: 'POST', path: '/catalogue/items', token: tokens.bureau, body: catalogueDraft(), headers: { 'Idempotency-Key': ulid() } }));
  const editItem = await createItem();
  const statusItem = await createItem();

  // An invitation code already used: someone else bound with it.
  const invited = ok('invite', await call(staff, { method: 'POST', path: '/network/agents/agt-zrzy-1/invitations', token: tokens.bureau, headers: { 'Idempotency-Key': ulid() } }));
  const strangerId = ulid();
  await putUser({ id: strangerId, role: 'resident', name: '新同事', createdAt: clock.now().toISOString() });
  const stranger = (await issueSession({ userId: strangerId, role: 'resident', name: '新同事' })).token;
  ok('bind', await call(identity, { method: 'POST', path: '/auth/bind', token: stranger, body: { code: invited.code } }));

  // An agent only the bureau acts on, made for this table: unbinding a demo agent would change
  // other answers (its demo user would no longer sign in, and listDemoUsers fails with it).
  const unbindAgentId = `agt-matrix-${ulid().slice(-6).toLowerCase()}`;
  await putAgent({ id: unbindAgentId, name: '临时代办员', title: '代办帮办员', departmentId: 'dept-mzj', phone: '13904720999', isHead: false, active: true });
  const [moveAgentId, signOutAgentId] = [`agt-matrix-mv-${ulid().slice(-6).toLowerCase()}`, `agt-matrix-so-${ulid().slice(-6).toLowerCase()}`];
  for (const id of [moveAgentId, signOutAgentId]) await putAgent({ id, name: '临时代办员', title: '代办帮办员', departmentId: 'dept-mzj', phone: '13904720998', isHead: false, active: true });

  // The outbox delivered: the owner's in-app notices exist.
  await drainOutbox();
  const inbox = ok('notices', await call(notices, { path: '/notices', token: tokens.owner }));
  if (!inbox.notices.length) throw new Error('fixture: the owner has no notice');

  return {
    who,
    tokens,
    caseId: main.id,
    ratedCaseId: rated.id,
    fileMaterialId: fileMaterial.id,
    reviewMaterial,
    uploadTicket,
    cancelBookingId,
    checkInBooking,
    laterSlot: later[1].time,
    opinionId,
    openOpinionId,
    editItem,
    statusItemId: statusItem.id,
    usedInvitationCode: invited.code,
    inviteAgentId: 'agt-zjj-2',
    unbindAgentId,
    moveAgentId,
    signOutAgentId,
    ownerNoticeId: inbox.notices[0].id,
    noShowBookingId,
    closureIds,
    queue: await setUpQueueFixtures(POINT.id, { owner: tokens.owner!, pointAgent: tokens.pointAgent! }),
  };
}
