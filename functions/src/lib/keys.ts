// Every key format of the single table, in one place (docs/data-model.md describes them).
// Repositories build keys only through these functions; nobody re-spells a key string.

/** A `yyyy-mm` month as six digits that sort the later months first. */
const invertedMonth = (month: string) => String(999999 - (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1)).padStart(6, '0');

export const keys = {
  department: (id: string) => ({ pk: `DEPT#${id}`, sk: 'DEPT' }),
  /** GSI1: all departments. */
  allDepartments: () => 'DEPTS',

  point: (id: string) => ({ pk: `POINT#${id}`, sk: 'POINT' }),
  /** GSI1: all points, sorted by level then parent. */
  allPoints: () => 'POINTS',
  pointSort: (level: string, parentId: string | undefined, id: string) => `${level}#${parentId ?? '-'}#${id}`,
  /** GSI2: the points under one street/town or park. */
  pointsUnder: (parentId: string) => `POINTS#PARENT#${parentId}`,
  /** One item per QR code: makes codes unique and finds the point with a GetItem. */
  pointCode: (code: string) => ({ pk: `POINTCODE#${code}`, sk: 'POINTCODE' }),

  agent: (id: string) => ({ pk: `AGENT#${id}`, sk: 'AGENT' }),
  /** GSI1: agents of a department; GSI2: agents of a service point; GSI3: all agents. */
  agentsOfDepartment: (departmentId: string) => `AGENTS#DEPT#${departmentId}`,
  agentsOfPoint: (pointId: string) => `AGENTS#POINT#${pointId}`,
  allAgents: () => 'AGENTS',

  serviceItem: (id: string) => ({ pk: `ITEM#${id}`, sk: 'ITEM' }),
  /** GSI1 by scope, GSI2 by department, GSI3 all (sorted by level, then code). */
  itemsOfScope: (scope: string) => `ITEMS#SCOPE#${scope}`,
  itemsOfDepartment: (departmentId: string) => `ITEMS#DEPT#${departmentId}`,
  allItems: () => 'ITEMS',

  user: (id: string) => ({ pk: `USER#${id}`, sk: 'USER' }),
  /** GSI1: the demo users of the local stack (the login picker). */
  demoUsers: () => 'DEMOUSERS',
  /** One item per WeChat openid: makes the openid unique and finds its user with a GetItem. */
  openid: (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'OPENID' }),

  seedMarker: () => ({ pk: 'META', sk: 'SEED' }),

  // Cases: the case and everything that belongs to it share one partition.
  case: (id: string) => ({ pk: `CASE#${id}`, sk: 'CASE' }),
  casePartition: (id: string) => `CASE#${id}`,
  caseEvent: (caseId: string, at: string, eventId: string) => ({ pk: `CASE#${caseId}`, sk: `EVT#${at}#${eventId}` }),
  subTask: (caseId: string, taskId: string) => ({ pk: `CASE#${caseId}`, sk: `TASK#${taskId}` }),
  material: (caseId: string, materialId: string) => ({ pk: `CASE#${caseId}`, sk: `MAT#${materialId}` }),
  /** The case's material list (the item's as entrusted, plus what a 补正 asked for by name). */
  materialList: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'MATERIALS' }),
  uploadTicket: (caseId: string, uploadId: string) => ({ pk: `CASE#${caseId}`, sk: `UPLOAD#${uploadId}` }),
  agreement: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'AGREEMENT' }),
  rating: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'RATING' }),
  rectification: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'RECTIFICATION' }),
  followUpVisit: (caseId: string, at: string) => ({ pk: `CASE#${caseId}`, sk: `VISIT#${at}` }),
  /** Who among the staff read the case's personal data, and when (kept three years, TTL). */
  accessLog: (caseId: string, at: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `ACCESS#${at}#${id}` }),
  accessLogPrefix: 'ACCESS#',
  /** Sort-key prefixes of the items in a case's partition. */
  casePrefix: { event: 'EVT#', subTask: 'TASK#', material: 'MAT#' },
  /** GSI1: a resident's cases, newest last. */
  applicantCases: (userId: string) => `USER#${userId}#CASES`,
  /** GSI2: what an agent holds (routed to them, or accepted by them), soonest date first. */
  agentOpen: (agentId: string) => `AGENT#${agentId}#OPEN`,
  /**
   * How many entries an agent's GSI2 inbox partition (agentOpen) holds, stored under the partition's
   * name and kept in the transactions that add or remove one (cases/openWork.ts): routing reads this
   * one small item per candidate, never the partition.
   */
  openCount: (partition: string) => ({ pk: partition, sk: 'OPENCOUNT' }),
  /** GSI3: a department's open queue (cases and its parallel sub-tasks). */
  departmentOpen: (departmentId: string) => `DEPT#${departmentId}#OPEN`,
  /** GSI4: a service point's open cases (entrusted there). */
  pointOpen: (pointId: string) => `POINT#${pointId}#OPEN`,
  /** Sort key of queue entries: the date they are due (or entrusted), then the case and sub-task. */
  queueSort: (date: string, caseId: string, taskId?: string) => `${date}#${caseId}${taskId ? `#TASK#${taskId}` : ''}`,
  /**
   * GSI5: open cases with a due date, spread over DUE_SHARDS partitions and sorted by due date, so
   * the hourly deadline job reads "due by tomorrow" with a few Queries, never a Scan.
   */
  dueShard: (shard: number) => `DUE#${shard}`,
  /** GSI5 sort-key bound: every entry due on or before `date` ('~' sorts after '#<caseId>'). */
  dueBy: (date: string) => `${date}#~`,
  /** A case's deadline notices of one kind on one China day: written with them, so a day sends one. */
  deadlineMarker: (caseId: string, kind: string, date: string) => ({ pk: `CASE#${caseId}`, sk: `DEADLINE#${kind}#${date}` }),
  /** GSI3: open rectifications of bad ratings, per department. */
  departmentRectifications: (departmentId: string) => `DEPT#${departmentId}#RECTIFICATION#OPEN`,
  /** Reserves a human-readable case number; the case's own transaction writes it. */
  caseNumber: (number: string) => ({ pk: `CASENO#${number}`, sk: 'CASENO' }),
  /** A create's idempotency record, per caller and key; expires after a day (TTL). */
  idempotency: (scope: string, userId: string, key: string) => ({ pk: `IDEMP#${scope}#${userId}#${key}`, sk: 'IDEMP' }),
  /** Outbox of notices, written in the same transaction as the change; sharded to spread writes. */
  outbox: (shard: number, at: string, id: string) => ({ pk: `OUTBOX#${shard}`, sk: `${at}#${id}` }),
  outboxShard: (shard: number) => `OUTBOX#${shard}`,
  /** Where a notice that kept failing is parked, with its reason, for a person to look at. */
  outboxParked: (at: string, id: string) => ({ pk: 'OUTBOX#PARKED', sk: `${at}#${id}` }),
  outboxParkedPartition: () => 'OUTBOX#PARKED',
  /** In-app inbox of a resident (by user) or an agent (by agent record), newest last. */
  inboxPartition: (owner: { userId: string } | { agentId: string }) => ('userId' in owner ? `INBOX#USER#${owner.userId}` : `INBOX#AGENT#${owner.agentId}`),
  /** GSI1: an inbox's unread notices (sparse: removed when read). */
  inboxUnread: (owner: { userId: string } | { agentId: string }) => `${'userId' in owner ? `INBOX#USER#${owner.userId}` : `INBOX#AGENT#${owner.agentId}`}#UNREAD`,

  // Bookings.
  slot: (pointId: string, date: string, time: string) => ({ pk: `POINT#${pointId}`, sk: `SLOT#${date}#${time}` }),
  slotPrefix: (date: string) => `SLOT#${date}#`,
  booking: (id: string) => ({ pk: `BOOKING#${id}`, sk: 'BOOKING' }),
  /** GSI1: a resident's bookings. */
  userBookings: (userId: string) => `USER#${userId}#BOOKINGS`,
  /** GSI3: a point's bookings of one day. */
  pointDayBookings: (pointId: string, date: string) => `POINT#${pointId}#BOOKINGS#${date}`,
  /** One live booking per person per slot. */
  bookingGuard: (userId: string, pointId: string, date: string, time: string) => ({ pk: `BOOKED#${userId}#${pointId}#${date}#${time}`, sk: 'BOOKED' }),

  // WeChat subscribe messages.
  /** A user's unused one-time subscriptions to one template topic (`remaining`: one message per accepted tap). */
  subscription: (userId: string, topic: string) => ({ pk: `USER#${userId}`, sk: `SUBSCRIPTION#${topic}` }),

  // Supervision (督查考评): every case stays on its department's history index for good.
  /** GSI6: every case of a department, by entrustment time (cases: `${createdAt}#${id}`). */
  departmentHistory: (departmentId: string) => `DEPT#${departmentId}#CASES`,
  /**
   * Supervision rollups (supervision/rollups.ts): a department's tally of the cases entrusted on one
   * China day, and the same split by owning agent ('-': not owned by anyone), kept in the case
   * transactions. A period is a Query of one partition bounded on the day.
   */
  departmentRollup: (departmentId: string) => `ROLLUP#DEPT#${departmentId}`,
  ownerRollup: (departmentId: string) => `ROLLUP#DEPT#${departmentId}#OWNERS`,
  rollupDay: (day: string, ownerAgentId?: string | null) => (ownerAgentId === undefined ? `DAY#${day}` : `DAY#${day}#${ownerAgentId ?? '-'}`),
  /** Sort-key bounds around every owner's entry of `day`. */
  rollupDayStart: (day: string) => `DAY#${day}#`,
  rollupDayEnd: (day: string) => `DAY#${day}#~`,
  /**
   * The same tallies per China month of entrustment (`yyyy-mm`), for periods longer than two
   * months (decisions §100); their open cases and rectifications by due *month* only.
   */
  rollupMonth: (month: string, ownerAgentId?: string | null) => (ownerAgentId === undefined ? `MONTH#${month}` : `MONTH#${month}#${ownerAgentId ?? '-'}`),
  rollupMonthEnd: (month: string) => `MONTH#${month}#~`,
  /**
   * The month's open cases and rectifications by due *day*, split by due month, for the month a
   * period's figures are read in. The due month is written inverted (`MONTH#~<999999 − months since
   * year 0>`), so one Query from `MONTH#<first month>` to `rollupDueEnd(this month)` reads the period's
   * months and then only the due items of this month and later, not those of every month before.
   */
  rollupDue: (dueMonth: string, entryMonth: string, ownerAgentId?: string | null) =>
    `MONTH#~${invertedMonth(dueMonth)}#${entryMonth}${ownerAgentId === undefined ? '' : `#${ownerAgentId ?? '-'}`}`,
  rollupDueStart: () => 'MONTH#~',
  rollupDueEnd: (dueMonth: string) => `MONTH#~${invertedMonth(dueMonth)}#~`,
  /** The public scorecard, computed at most every few minutes and kept as one item. */
  scorecardCache: () => ({ pk: 'SCORECARD', sk: 'CURRENT' }),
  /** GSI3: a department's reported (done) rectifications, by report time (`${reportedAt}#${caseId}`). */
  departmentRectificationsDone: (departmentId: string) => `DEPT#${departmentId}#RECTIFICATION#DONE`,
  // (supervision keys end)

  // Opinions (意见建议与投诉).
  opinion: (id: string) => ({ pk: `OPINION#${id}`, sk: 'OPINION' }),
  /** GSI1: a resident's opinions, newest last. */
  userOpinions: (userId: string) => `USER#${userId}#OPINIONS`,
  /** GSI3: opinions by state (open / answered), sorted by opinionSort (oldest first when read forward). */
  opinionsByState: (state: string) => `OPINIONS#${state.toUpperCase()}`,
  /** GSI4: opinions of one state and kind (the bureau's filtered lists), in the same order as GSI3. */
  opinionsByStateAndKind: (state: string, kind: string) => `OPINIONS#${state.toUpperCase()}#${kind.toUpperCase()}`,
  /** Sort key of the opinion lists: when it was sent (open, a resident's) or answered (answered), then the id. */
  opinionSort: (at: string, id: string) => `${at}#${id}`,
  /** A resident's count of unanswered opinions: a conditional update caps it, answering lowers it. */
  openOpinionCount: (userId: string) => ({ pk: `OPINIONCOUNT#${userId}`, sk: 'OPINIONCOUNT' }),
  // (opinion keys end)

  // Staff accounts: invitations and the WeChat user an agent or bureau member is bound to.
  /** A one-time invitation code (TTL-expired when unused). */
  invitation: (code: string) => ({ pk: `INVITE#${code}`, sk: 'INVITE' }),
  // (staff keys end)

  // Catalogue administration.
  /** GSI4: every item, withdrawn ones included (the bureau's list), sorted by code. */
  allItemsAdmin: () => 'ITEMS#ADMIN',
  /** One item per catalogue code: makes codes unique (a conditional Put in the item's transaction). */
  itemCode: (code: string) => ({ pk: `ITEMCODE#${code}`, sk: 'ITEMCODE' }),
  // (catalogue admin keys end)

  // Channels: per-channel API keys, and channel cases waiting for their applicant to claim them.
  /** A channel API key's hash item, found by the key's public prefix with a GetItem. */
  channelApiKey: (prefix: string) => ({ pk: `APIKEY#${prefix}`, sk: 'APIKEY' }),
  /** GSI1: every channel API key (the bureau's list), by creation time. */
  allChannelApiKeys: () => 'APIKEYS',
  /** A case's claim marker: while unclaimed, on GSI1 under its applicant's phone (hashed). */
  caseClaim: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CLAIM' }),
  /** GSI1: unclaimed channel and window cases of one phone; `phoneHash` is a SHA-256, never the number. */
  unclaimedByPhone: (phoneHash: string) => `PHONE#${phoneHash}#UNCLAIMED`,
  // (channel keys end)

  // The official calendar (节假日安排): one item per year and a version counter, all in one
  // partition read with one Query ('VERSION' sorts before 'YEAR#').
  calendarPartition: 'CALENDAR',
  calendarYear: (year: number) => ({ pk: 'CALENDAR', sk: `YEAR#${year}` }),
  calendarVersion: () => ({ pk: 'CALENDAR', sk: 'VERSION' }),
  /** The resumable follow-up of a calendar publish or a point's schedule change. */
  change: (id: string) => ({ pk: `CHANGE#${id}`, sk: 'CHANGE' }),
  /** GSI1 (sparse): follow-ups still to finish, oldest first. */
  pendingChanges: () => 'CHANGES#PENDING',
  // (calendar keys end)

  // Service-point schedules and bookings by number.
  /** The day's booking-number sequence of a point (K07-023), bumped once a booking is stored. */
  bookingSequence: (pointId: string, date: string) => ({ pk: `POINT#${pointId}`, sk: `BOOKSEQ#${date}` }),
  /** GSI4 (sparse): live bookings of one date across every point, for calendar changes. */
  liveBookingsOn: (date: string) => `BOOKINGS#LIVE#${date}`,
  /** GSI6: every booking of a point, by date, for good (supervision's no-show figures). */
  pointBookingHistory: (pointId: string) => `POINT#${pointId}#BOOKINGS`,
  /** A resident's live bookings (id → date), the counter the booking transaction caps at five. */
  liveBookings: (userId: string) => ({ pk: `USER#${userId}`, sk: 'LIVEBOOKINGS' }),
  // (schedule keys end)

  // 取号叫号: a point's queues, tickets, and each day's counters, board and figures. The day's items
  // share the point's partition under `QDAY#<date>#`, so one Query reads a point's whole day.
  queueConfig: (pointId: string) => ({ pk: `POINT#${pointId}`, sk: 'QUEUES' }),
  ticket: (id: string) => ({ pk: `TICKET#${id}`, sk: 'TICKET' }),
  /** GSI3: every ticket of a point on a day, by the time it was taken. */
  pointDayTickets: (pointId: string, date: string) => `POINT#${pointId}#TICKETS#${date}`,
  /** GSI4 (sparse): tickets waiting to be called at a point on a day, in calling order. */
  pointWaiting: (pointId: string, date: string) => `POINT#${pointId}#WAITING#${date}`,
  /** GSI1: a resident's tickets, newest last. */
  userTickets: (userId: string) => `USER#${userId}#TICKETS`,
  /** One live ticket per resident per point and day. */
  liveTicket: (userId: string, pointId: string, date: string) => ({ pk: `QLIVE#${userId}#${pointId}#${date}`, sk: 'QLIVE' }),
  queueDayPrefix: (date: string) => `QDAY#${date}#`,
  /** The day's numbers of one queue (A001 …) and the tickets taken per hour, bumped with its daily cap as the condition. */
  queueSequence: (pointId: string, date: string, queueId: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#SEQ#${queueId}` }),
  /** A queue's figures of one day: calls, waits, missed, served, service times. */
  queueStats: (pointId: string, date: string, queueId: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#STATS#${queueId}` }),
  /** The hall display's state of a point's day: the last calls, the window each live call holds, a version bumped by every change. */
  queueBoard: (pointId: string, date: string) => ({ pk: `POINT#${pointId}`, sk: `QDAY#${date}#BOARD` }),
  // (queue keys end)

  // Rate limits (shared/src/api/rateLimits.ts): one counter per caller, route and fixed window.
  /** A caller's attempts at one route in the window starting at `windowStart` (epoch seconds); TTL after it. */
  rateWindow: (caller: string, routeId: string, windowStart: number) => ({ pk: `RATE#${caller}`, sk: `${routeId}#${windowStart}` }),
  /** Whose attempts: a signed-in user, or a channel system by its key. */
  rateCaller: (who: { userId: string } | { apiKeyId: string }) => ('userId' in who ? `USER#${who.userId}` : `APIKEY#${who.apiKeyId}`),
  /** Partition-key prefix of every counter (the table comparisons of the tests leave them out). */
  ratePrefix: 'RATE#',
} as const;
