// Every key format of the single table, in one place (docs/data-model.md describes them).
// Repositories build keys only through these functions; nobody re-spells a key string.
// Import the module as a namespace (`import * as keys from '../lib/keys'`): the bundler then keeps
// only the formats a function uses (an object literal of them would ship every one in every function).

/** A `yyyy-mm` month as six digits that sort the later months first. */
const invertedMonth = (month: string) => String(999999 - (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1)).padStart(6, '0');

export const department = (id: string) => ({ pk: `DEPT#${id}`, sk: 'DEPT' });
/** GSI1: all departments. */
export const allDepartments = () => 'DEPTS';

export const point = (id: string) => ({ pk: `POINT#${id}`, sk: 'POINT' });
/** GSI1: all points, sorted by level then parent. */
export const allPoints = () => 'POINTS';
export const pointSort = (level: string, parentId: string | undefined, id: string) => `${level}#${parentId ?? '-'}#${id}`;
/** GSI2: the points under one street/town or park. */
export const pointsUnder = (parentId: string) => `POINTS#PARENT#${parentId}`;
/** One item per QR code: makes codes unique and finds the point with a GetItem. */
export const pointCode = (code: string) => ({ pk: `POINTCODE#${code}`, sk: 'POINTCODE' });

export const agent = (id: string) => ({ pk: `AGENT#${id}`, sk: 'AGENT' });
/** GSI1: agents of a department; GSI2: agents of a service point; GSI3: all agents. */
export const agentsOfDepartment = (departmentId: string) => `AGENTS#DEPT#${departmentId}`;
export const agentsOfPoint = (pointId: string) => `AGENTS#POINT#${pointId}`;
export const allAgents = () => 'AGENTS';

export const serviceItem = (id: string) => ({ pk: `ITEM#${id}`, sk: 'ITEM' });
/** GSI1 by scope, GSI2 by department, GSI3 all (sorted by level, then code). */
export const itemsOfScope = (scope: string) => `ITEMS#SCOPE#${scope}`;
export const itemsOfDepartment = (departmentId: string) => `ITEMS#DEPT#${departmentId}`;
export const allItems = () => 'ITEMS';

export const user = (id: string) => ({ pk: `USER#${id}`, sk: 'USER' });
/** GSI1: the demo users of the local stack (the login picker). */
export const demoUsers = () => 'DEMOUSERS';
/** One item per WeChat openid: makes the openid unique and finds its user with a GetItem. */
export const openid = (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'OPENID' });

export const seedMarker = () => ({ pk: 'META', sk: 'SEED' });

// Cases: the case and everything that belongs to it share one partition.
const caseKey = (id: string) => ({ pk: `CASE#${id}`, sk: 'CASE' });
export { caseKey as case };
export const casePartition = (id: string) => `CASE#${id}`;
export const caseEvent = (caseId: string, at: string, eventId: string) => ({ pk: `CASE#${caseId}`, sk: `EVT#${at}#${eventId}` });
export const subTask = (caseId: string, taskId: string) => ({ pk: `CASE#${caseId}`, sk: `TASK#${taskId}` });
export const material = (caseId: string, materialId: string) => ({ pk: `CASE#${caseId}`, sk: `MAT#${materialId}` });
/** The case's material list (the item's as entrusted, plus what a 补正 asked for by name). */
export const materialList = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'MATERIALS' });
export const uploadTicket = (caseId: string, uploadId: string) => ({ pk: `CASE#${caseId}`, sk: `UPLOAD#${uploadId}` });
export const agreement = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'AGREEMENT' });
export const rating = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'RATING' });
export const rectification = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'RECTIFICATION' });
export const followUpVisit = (caseId: string, at: string) => ({ pk: `CASE#${caseId}`, sk: `VISIT#${at}` });
/** Who among the staff read the case's personal data, and when (kept three years, TTL). */
export const accessLog = (caseId: string, at: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `ACCESS#${at}#${id}` });
export const accessLogPrefix = 'ACCESS#' as const;
/** Sort-key prefixes of the items in a case's partition. */
export const casePrefix = { event: 'EVT#', subTask: 'TASK#', material: 'MAT#' } as const;
/** GSI1: a resident's cases, newest last. */
export const applicantCases = (userId: string) => `USER#${userId}#CASES`;
/** GSI2: what an agent holds (routed to them, or accepted by them), soonest date first. */
export const agentOpen = (agentId: string) => `AGENT#${agentId}#OPEN`;
/**
 * How many entries an agent's GSI2 inbox partition (agentOpen) holds, stored under the partition's
 * name and kept in the transactions that add or remove one (cases/openWork.ts): routing reads this
 * one small item per candidate, never the partition.
 */
export const openCount = (partition: string) => ({ pk: partition, sk: 'OPENCOUNT' });
/** GSI3: a department's open queue (cases and its parallel sub-tasks). */
export const departmentOpen = (departmentId: string) => `DEPT#${departmentId}#OPEN`;
/** GSI4: a service point's open cases (entrusted there). */
export const pointOpen = (pointId: string) => `POINT#${pointId}#OPEN`;
/** Sort key of queue entries: the date they are due (or entrusted), then the case and sub-task. */
export const queueSort = (date: string, caseId: string, taskId?: string) => `${date}#${caseId}${taskId ? `#TASK#${taskId}` : ''}`;
/**
 * GSI5: open cases with a due date, spread over DUE_SHARDS partitions and sorted by due date, so
 * the hourly deadline job reads "due by tomorrow" with a few Queries, never a Scan.
 */
export const dueShard = (shard: number) => `DUE#${shard}`;
/** GSI5 sort-key bound: every entry due on or before `date` ('~' sorts after '#<caseId>'). */
export const dueBy = (date: string) => `${date}#~`;
/** A case's deadline notices of one kind on one China day: written with them, so a day sends one. */
export const deadlineMarker = (caseId: string, kind: string, date: string) => ({ pk: `CASE#${caseId}`, sk: `DEADLINE#${kind}#${date}` });
/** GSI3: open rectifications of bad ratings, per department. */
export const departmentRectifications = (departmentId: string) => `DEPT#${departmentId}#RECTIFICATION#OPEN`;
/** Reserves a human-readable case number; the case's own transaction writes it. */
export const caseNumber = (number: string) => ({ pk: `CASENO#${number}`, sk: 'CASENO' });
/** A create's idempotency record, per caller and key; expires after a day (TTL). */
export const idempotency = (scope: string, userId: string, key: string) => ({ pk: `IDEMP#${scope}#${userId}#${key}`, sk: 'IDEMP' });
/** Outbox of notices, written in the same transaction as the change; sharded to spread writes. */
export const outbox = (shard: number, at: string, id: string) => ({ pk: `OUTBOX#${shard}`, sk: `${at}#${id}` });
export const outboxShard = (shard: number) => `OUTBOX#${shard}`;
/** Where a notice that kept failing is parked, with its reason, for a person to look at. */
export const outboxParked = (at: string, id: string) => ({ pk: 'OUTBOX#PARKED', sk: `${at}#${id}` });
export const outboxParkedPartition = () => 'OUTBOX#PARKED';
/** In-app inbox of a resident (by user) or an agent (by agent record), newest last. */
export const inboxPartition = (owner: { userId: string } | { agentId: string }) => ('userId' in owner ? `INBOX#USER#${owner.userId}` : `INBOX#AGENT#${owner.agentId}`);
/** GSI1: an inbox's unread notices (sparse: removed when read). */
export const inboxUnread = (owner: { userId: string } | { agentId: string }) => `${'userId' in owner ? `INBOX#USER#${owner.userId}` : `INBOX#AGENT#${owner.agentId}`}#UNREAD`;

// Bookings.
export const slot = (pointId: string, date: string, time: string) => ({ pk: `POINT#${pointId}`, sk: `SLOT#${date}#${time}` });
export const slotPrefix = (date: string) => `SLOT#${date}#`;
export const booking = (id: string) => ({ pk: `BOOKING#${id}`, sk: 'BOOKING' });
/** GSI1: a resident's bookings. */
export const userBookings = (userId: string) => `USER#${userId}#BOOKINGS`;
/** GSI3: a point's bookings of one day. */
export const pointDayBookings = (pointId: string, date: string) => `POINT#${pointId}#BOOKINGS#${date}`;
/** One live booking per person per slot. */
export const bookingGuard = (userId: string, pointId: string, date: string, time: string) => ({ pk: `BOOKED#${userId}#${pointId}#${date}#${time}`, sk: 'BOOKED' });

// WeChat subscribe messages.
/** A user's unused one-time subscriptions to one template topic (`remaining`: one message per accepted tap). */
export const subscription = (userId: string, topic: string) => ({ pk: `USER#${userId}`, sk: `SUBSCRIPTION#${topic}` });

// Supervision (督查考评): every case stays on its department's history index for good.
/** GSI6: every case of a department, by entrustment time (cases: `${createdAt}#${id}`). */
export const departmentHistory = (departmentId: string) => `DEPT#${departmentId}#CASES`;
/**
 * Supervision rollups (supervision/rollups.ts): a department's tally of the cases entrusted on one
 * China day, and the same split by owning agent ('-': not owned by anyone), kept in the case
 * transactions. A period is a Query of one partition bounded on the day.
 */
export const departmentRollup = (departmentId: string) => `ROLLUP#DEPT#${departmentId}`;
export const ownerRollup = (departmentId: string) => `ROLLUP#DEPT#${departmentId}#OWNERS`;
export const rollupDay = (day: string, ownerAgentId?: string | null) => (ownerAgentId === undefined ? `DAY#${day}` : `DAY#${day}#${ownerAgentId ?? '-'}`);
/** Sort-key bounds around every owner's entry of `day`. */
export const rollupDayStart = (day: string) => `DAY#${day}#`;
export const rollupDayEnd = (day: string) => `DAY#${day}#~`;
/**
 * The same tallies per China month of entrustment (`yyyy-mm`), for periods longer than two
 * months (decisions §100); their open cases and rectifications by due *month* only.
 */
export const rollupMonth = (month: string, ownerAgentId?: string | null) => (ownerAgentId === undefined ? `MONTH#${month}` : `MONTH#${month}#${ownerAgentId ?? '-'}`);
export const rollupMonthEnd = (month: string) => `MONTH#${month}#~`;
/**
 * The month's open cases and rectifications by due *day*, split by due month, for the month a
 * period's figures are read in. The due month is written inverted (`MONTH#~<999999 − months since
 * year 0>`), so one Query from `MONTH#<first month>` to `rollupDueEnd(this month)` reads the period's
 * months and then only the due items of this month and later, not those of every month before.
 */
export const rollupDue = (dueMonth: string, entryMonth: string, ownerAgentId?: string | null) => `MONTH#~${invertedMonth(dueMonth)}#${entryMonth}${ownerAgentId === undefined ? '' : `#${ownerAgentId ?? '-'}`}`;
export const rollupDueStart = () => 'MONTH#~';
export const rollupDueEnd = (dueMonth: string) => `MONTH#~${invertedMonth(dueMonth)}#~`;
/** The public scorecard, computed at most every few minutes and kept as one item. */
export const scorecardCache = () => ({ pk: 'SCORECARD', sk: 'CURRENT' });
/** GSI3: a department's reported (done) rectifications, by report time (`${reportedAt}#${caseId}`). */
export const departmentRectificationsDone = (departmentId: string) => `DEPT#${departmentId}#RECTIFICATION#DONE`;
// (supervision keys end)

// Opinions (意见建议与投诉).
export const opinion = (id: string) => ({ pk: `OPINION#${id}`, sk: 'OPINION' });
/** GSI1: a resident's opinions, newest last. */
export const userOpinions = (userId: string) => `USER#${userId}#OPINIONS`;
/** GSI3: opinions by state (open / answered), sorted by opinionSort (oldest first when read forward). */
export const opinionsByState = (state: string) => `OPINIONS#${state.toUpperCase()}`;
/** GSI4: opinions of one state and kind (the bureau's filtered lists), in the same order as GSI3. */
export const opinionsByStateAndKind = (state: string, kind: string) => `OPINIONS#${state.toUpperCase()}#${kind.toUpperCase()}`;
/** Sort key of the opinion lists: when it was sent (open, a resident's) or answered (answered), then the id. */
export const opinionSort = (at: string, id: string) => `${at}#${id}`;
/** A resident's count of unanswered opinions: a conditional update caps it, answering lowers it. */
export const openOpinionCount = (userId: string) => ({ pk: `OPINIONCOUNT#${userId}`, sk: 'OPINIONCOUNT' });
// (opinion keys end)

// Staff accounts: invitations and the WeChat user an agent or bureau member is bound to.
/** A one-time invitation code (TTL-expired when unused). */
export const invitation = (code: string) => ({ pk: `INVITE#${code}`, sk: 'INVITE' });
// (staff keys end)

// Catalogue administration.
/** GSI4: every item, withdrawn ones included (the bureau's list), sorted by code. */
export const allItemsAdmin = () => 'ITEMS#ADMIN';
/** One item per catalogue code: makes codes unique (a conditional Put in the item's transaction). */
export const itemCode = (code: string) => ({ pk: `ITEMCODE#${code}`, sk: 'ITEMCODE' });
// (catalogue admin keys end)

// Channels: per-channel API keys, and channel cases waiting for their applicant to claim them.
/** A channel API key's hash item, found by the key's public prefix with a GetItem. */
export const channelApiKey = (prefix: string) => ({ pk: `APIKEY#${prefix}`, sk: 'APIKEY' });
/** GSI1: every channel API key (the bureau's list), by creation time. */
export const allChannelApiKeys = () => 'APIKEYS';
/** A case's claim marker: while unclaimed, on GSI1 under its applicant's phone (hashed). */
export const caseClaim = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CLAIM' });
/** GSI1: unclaimed channel and window cases of one phone; `phoneHash` is a SHA-256, never the number. */
export const unclaimedByPhone = (phoneHash: string) => `PHONE#${phoneHash}#UNCLAIMED`;
// (channel keys end)

// The official calendar (节假日安排): one item per year and a version counter, all in one
// partition read with one Query ('VERSION' sorts before 'YEAR#').
export const calendarPartition = 'CALENDAR' as const;
export const calendarYear = (year: number) => ({ pk: 'CALENDAR', sk: `YEAR#${year}` });
export const calendarVersion = () => ({ pk: 'CALENDAR', sk: 'VERSION' });
/** The resumable follow-up of a calendar publish or a point's schedule change. */
export const change = (id: string) => ({ pk: `CHANGE#${id}`, sk: 'CHANGE' });
/** GSI1 (sparse): follow-ups still to finish, oldest first. */
export const pendingChanges = () => 'CHANGES#PENDING';
// (calendar keys end)

// Service-point schedules and bookings by number.
/** The day's booking-number sequence of a point (K07-023), bumped once a booking is stored. */
export const bookingSequence = (pointId: string, date: string) => ({ pk: `POINT#${pointId}`, sk: `BOOKSEQ#${date}` });
/** GSI4 (sparse): live bookings of one date across every point, for calendar changes. */
export const liveBookingsOn = (date: string) => `BOOKINGS#LIVE#${date}`;
/** GSI6: every booking of a point, by date, for good (supervision's no-show figures). */
export const pointBookingHistory = (pointId: string) => `POINT#${pointId}#BOOKINGS`;
/** A resident's live bookings (id → date), the counter the booking transaction caps at five. */
export const liveBookings = (userId: string) => ({ pk: `USER#${userId}`, sk: 'LIVEBOOKINGS' });
// (schedule keys end)

// 取号叫号: a point's queues, tickets, and each day's counters, board and figures. The day's items
// share the point's partition under `QDAY#<date>#`, so one Query reads a point's whole day.
export const queueConfig = (pointId: string) => ({ pk: `POINT#${pointId}`, sk: 'QUEUES' });
export const ticket = (id: string) => ({ pk: `TICKET#${id}`, sk: 'TICKET' });
/** GSI3: every ticket of a point on a day, by the time it was taken. */
export const pointDayTickets = (pointId: string, date: string) => `POINT#${pointId}#TICKETS#${date}`;
/** GSI4 (sparse): tickets waiting to be called at a point on a day, in calling order. */
export const pointWaiting = (pointId: string, date: string) => `POINT#${pointId}#WAITING#${date}`;
/** GSI1: a resident's tickets, newest last. */
export const userTickets = (userId: string) => `USER#${userId}#TICKETS`;
/** One live ticket per resident per point and day. */
export const liveTicket = (userId: string, pointId: string, date: string) => ({ pk: `QLIVE#${userId}#${pointId}#${date}`, sk: 'QLIVE' });
export const queueDayPrefix = (date: string) => `QDAY#${date}#`;
/** The day's numbers of one queue (A001 …) and the tickets taken per hour, bumped with its daily cap as the condition. */
export const queueSequence = (pointId: string, date: string, queueId: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#SEQ#${queueId}` });
/** A queue's figures of one day: calls, waits, missed, served, service times. */
export const queueStats = (pointId: string, date: string, queueId: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#STATS#${queueId}` });
/** The hall display's state of a point's day: the last calls, the window each live call holds, a version bumped by every change. */
export const queueBoard = (pointId: string, date: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#BOARD` });
// (queue keys end)

// Rate limits (shared/src/api/rateLimits.ts): one counter per caller, route and fixed window.
/** A caller's attempts at one route in the window starting at `windowStart` (epoch seconds); TTL after it. */
export const rateWindow = (caller: string, routeId: string, windowStart: number) => ({ pk: `RATE#${caller}`, sk: `${routeId}#${windowStart}` });
/** Whose attempts: a signed-in user, or a channel system by its key. */
export const rateCaller = (who: { userId: string } | { apiKeyId: string }) => ('userId' in who ? `USER#${who.userId}` : `APIKEY#${who.apiKeyId}`);
/** Partition-key prefix of every counter (the table comparisons of the tests leave them out). */
export const ratePrefix = 'RATE#' as const;
