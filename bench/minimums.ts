// The fewest DynamoDB round trips each measured request needs, reasoned from its access pattern in
// docs/data-model.md (its section "Round trips per request" mirrors this table; keep the two in
// step). Calls a handler sends in parallel still count one each; a call whose result the request
// already holds (it just wrote it, or read it a moment ago) is not needed. A staff session is
// re-checked on every request (T7): strongly consistent GetItems of the user and, for an agent,
// its agent record (2 for an agent, 1 for bureau staff); a resident's session is the signed token
// alone (0). Counts that depend on the data (departments, routing candidates) are formulas over
// facts the bench reads from the seeded table.

export interface DemoFacts {
  /** Departments in the table (GSI1 `DEPTS`): the supervision figures Query each one's history. */
  departments: number;
  /** Routing candidates of the bench's entrust: active agents of the item's department without a service point. */
  routingCandidates: number;
}

export interface Minimum {
  /** The minimum for any caller, or a formula over the seeded data's facts. */
  minimum: number | ((facts: DemoFacts) => number);
  /** The formula as docs/data-model.md writes it, when `minimum` is one. */
  formula?: string;
  /** When the caller changes the count (staff session checks); keyed like the bench's callers. */
  byCaller?: Record<string, number>;
  why: string;
}

export const MINIMUM_ROUND_TRIPS = {
  'GET /catalogue/items': { minimum: 1, why: 'Query GSI3 `ITEMS` (pattern 5; one page holds the bounded catalogue)' },
  'GET /catalogue/items/{id}': { minimum: 1, why: 'GetItem `ITEM#<id>` (1)' },
  'GET /network/points': { minimum: 1, why: 'Query GSI1 `POINTS` (7)' },
  'GET /auth/me': {
    minimum: 1,
    byCaller: { agent: 2 },
    why: 'the user (14); for staff the session check’s user and agent records (T7) are the answer and are not read twice',
  },
  'POST /cases': {
    minimum: 6,
    why:
      'the caller’s rate-limit counter (R1), idempotency record (20, read first so a retry never routes again), service item (1; it carries the department’s id and name), ' +
      'the department’s agents (12), one BatchGetItem of the candidates’ open-work counters (21, decisions §80), TransactWriteItems (19); the answer is what was ' +
      'just written, with the assignee’s contact from the agents Query — nothing is read back',
  },
  'GET /cases/mine': { minimum: 1, why: 'Query GSI1 `USER#<id>#CASES` (24)' },
  'GET /cases/{id}': {
    minimum: 2,
    byCaller: { resident: 2, agent: 4 },
    why:
      'case partition (22) + the holder’s current contact (`AGENT#<id>`, not on the case); an agent adds the session check (T7) and the ' +
      'access-log PutItem, and when it holds the case its own contact is the session check’s agent record',
  },
  'POST /cases/{id}/actions': {
    minimum: 3,
    byCaller: { resident: 3, 'agent (recordProgress)': 5 },
    why: 'the session check (0 resident, 2 agent), the caller’s rate-limit counter (R1), case partition (22), TransactWriteItems (23); the answer is the partition read plus the change just written',
  },
  'GET /agent/inbox': { minimum: 3, why: 'agent session (2), Query GSI2 `AGENT#<id>#OPEN` (25); a BatchGetItem only when the page holds sub-tasks' },
  'GET /notices': { minimum: 2, why: 'a page of `INBOX#USER#<id>` (45) and the unread count, Query GSI1 `…#UNREAD` (46)' },
  'GET /network/points/{id}/slots': { minimum: 2, why: 'the point (its slot template, 9) and Query `SLOT#<date>#` (34)' },
  'POST /bookings': { minimum: 7, why: 'the caller’s rate-limit counter (R1), idempotency record (36), the point and its schedule (9), the live counter (B1), TransactWriteItems (B1), then the booking-number sequence and the number (B1)' },
  'GET /supervision/departments': {
    minimum: (f) => 2 + f.departments,
    formula: '2 + departments',
    why: 'bureau session (1), departments (6), one GSI6 Query per department over the window (S1)',
  },
  'GET /scorecard': { minimum: 1, why: 'GetItem `SCORECARD` / `CURRENT` (S4, while fresh; a stale one is recomputed once, then cached)' },
  'POST /opinions': { minimum: 3, why: 'the caller’s rate-limit counter (R1), idempotency record (O2), then one TransactWriteItems (O1: opinion + open count + record); the case only when one is named' },
  'GET /network/departments': { minimum: 1, why: 'Query GSI1 `DEPTS` (6)' },
  'GET /network/points/{id}': { minimum: 2, why: 'the point (9) and the agents on duty there (11)' },
  'GET /network/point-codes/{code}': { minimum: 3, why: 'the code’s reservation, then the point (10), then its agents on duty (11): each read needs the one before' },
  'GET /network/agents': { minimum: 3, why: 'agent session (2), Query GSI1 `AGENTS#DEPT#<id>` (12)' },
  'GET /network/staffing': {
    minimum: (f) => 4 + f.departments,
    formula: '4 + departments',
    why: 'bureau session (1), departments (6), points (7), all agents (13), one COUNT of unheld open cases per department (T9)',
  },
  'GET /catalogue/admin/items': { minimum: 2, why: 'bureau session (1), Query GSI4 `ITEMS#ADMIN` (C5; one page holds the bounded catalogue)' },
  'GET /bookings/mine': { minimum: 1, why: 'Query GSI1 `USER#<id>#BOOKINGS` (37)' },
  'GET /network/points/{id}/bookings': { minimum: 3, why: 'bureau session (1), the point (a missing point is 404, not an empty day), Query GSI3 `POINT#<id>#BOOKINGS#<date>` (38)' },
  'POST /bookings/{id}/cancel': { minimum: 3, why: 'the caller’s rate-limit counter (R1), the booking (owner and state), then one TransactWriteItems (39)' },
  'GET /opinions/mine': { minimum: 1, why: 'Query GSI1 `USER#<id>#OPINIONS` (O3)' },
  'GET /opinions/{id}': { minimum: 1, why: 'GetItem `OPINION#<id>` (O7)' },
  'GET /opinions': { minimum: 2, why: 'bureau session (1), Query GSI3 `OPINIONS#OPEN` or `OPINIONS#ANSWERED` (O4, O5)' },
  'POST /opinions/{id}/answer': { minimum: 4, why: 'bureau session (1), the caller’s rate-limit counter (R1), the opinion (O7), one TransactWriteItems (O8)' },
  'GET /supervision/agents': {
    minimum: 4,
    why: 'bureau session (1), the department (6 or its GetItem), its GSI6 history over the window (S1), the agents for their names (S2, GSI3 `AGENTS`)',
  },
  'GET /cases/{id}/access-log': { minimum: 3, why: 'bureau session (1), the case (its access decision), Query `begins_with(sk, ACCESS#)` of its partition' },
  'GET /notices/subscriptions': { minimum: 1, why: 'one Query of `USER#<id>`, `begins_with(sk, SUBSCRIPTION#)`: every topic’s grants (T10)' },
} satisfies Record<string, Minimum>;

export type MeasuredRoute = keyof typeof MINIMUM_ROUND_TRIPS;

/** The minimum of one measured request. */
export function minimumOf(route: MeasuredRoute, who: string, facts: DemoFacts): number {
  const m: Minimum = MINIMUM_ROUND_TRIPS[route];
  const byCaller = m.byCaller?.[who];
  if (byCaller !== undefined) return byCaller;
  return typeof m.minimum === 'function' ? m.minimum(facts) : m.minimum;
}
