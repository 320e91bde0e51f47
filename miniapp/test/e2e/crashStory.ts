// The stack killed mid-burst: what the restarted stack must still have, and, when something is
// missing, why — a case gone from the table, or one the restarted API could not show yet. A read
// that fails because the stack is not ready yet is retried until it is; only a case that is really
// not there (or has lost timeline events) counts as lost.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../functions/local/stores';

export interface Answered {
  id: string;
  /** The timeline event ids the 2xx answer carried. */
  events: string[];
}

/** Sends `total` entrustments in waves of `wave`; `answered` fills as 2xx answers arrive. */
export function entrustBurst(apiUrl: string, token: string, total: number, wave: number) {
  const body = { kind: 'entrustment', itemId: 'item-qy-individual', serviceKind: 'assist', serviceMode: 'online', applicant: { name: '张丽', phone: '13904720001' } };
  const answered: Answered[] = [];
  const tally = { sent: 0, refused: 0, cutOff: 0 };
  const send = async (i: number) => {
    tally.sent += 1;
    try {
      const response = await fetch(`${apiUrl}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `crash-burst-${i}-${Date.now()}` },
        body: JSON.stringify({ ...body, note: `崩溃测试 ${i}` }),
      });
      const json = (await response.json()) as { id: string; timeline: { id: string }[] };
      if (response.ok) answered.push({ id: json.id, events: json.timeline.map((e) => e.id) });
      else tally.refused += 1;
    } catch {
      tally.cutOff += 1; // the connection died with the stack: the client never heard a 2xx
    }
  };
  const done = (async () => {
    for (let start = 0; start < total; start += wave) await Promise.all(Array.from({ length: Math.min(wave, total - start) }, (_, j) => send(start + j)));
  })();
  return { answered, tally, done };
}

type Outcome = { kind: 'kept' } | { kind: 'gone' | 'eventsLost' | 'unreadable'; why: string };

/** What the table itself holds of a case: its item and its timeline event ids. */
async function inTable(dynamoEndpoint: string, id: string): Promise<{ caseItem: boolean; events: Set<string> }> {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  try {
    const out = await client.send(new QueryCommand({ TableName: 'daiban-local', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `CASE#${id}` }, ConsistentRead: true }));
    const items = out.Items ?? [];
    return { caseItem: items.some((i) => i.sk === 'CASE'), events: new Set(items.filter((i) => String(i.sk).startsWith('EVT#')).map((i) => String(i.id))) };
  } finally {
    client.destroy();
  }
}

/**
 * Reads one answered case from the restarted API. Not ready (no connection, 5xx, 429) is waited
 * out until `deadline`; 404 or missing events are checked against the table to say which it is.
 */
async function outcomeOf(apiUrl: string, dynamoEndpoint: string, token: string, c: Answered, deadline: number): Promise<Outcome> {
  let last = '';
  for (;;) {
    try {
      const response = await fetch(`${apiUrl}/cases/${c.id}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json().catch(() => undefined)) as { timeline?: { id: string }[] } | undefined;
      if (response.status === 200 && Array.isArray(body?.timeline)) {
        const shown = new Set(body.timeline.map((e) => e.id));
        const missing = c.events.filter((e) => !shown.has(e));
        if (!missing.length) return { kind: 'kept' };
        const table = await inTable(dynamoEndpoint, c.id);
        return { kind: 'eventsLost', why: `events ${missing.join(', ')} not shown; in the table: ${missing.filter((e) => table.events.has(e)).length} of them` };
      }
      if (response.status === 404) {
        const table = await inTable(dynamoEndpoint, c.id);
        return { kind: 'gone', why: table.caseItem ? 'the API answers 404 but the case item is in the table' : 'no case item in the table' };
      }
      last = `HTTP ${response.status} ${JSON.stringify(body).slice(0, 160)}`;
    } catch (error) {
      last = `no answer (${(error as Error).message})`;
    }
    if (Date.now() > deadline) return { kind: 'unreadable', why: `still not readable: ${last}` };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Every answered case, read back; prints each missing one and why. */
export async function checkAfterRestart(apiUrl: string, dynamoEndpoint: string, token: string, answered: Answered[]) {
  const deadline = Date.now() + 60_000;
  const counts = { kept: 0, gone: 0, eventsLost: 0, unreadable: 0 };
  for (const c of answered) {
    const outcome = await outcomeOf(apiUrl, dynamoEndpoint, token, c, deadline);
    counts[outcome.kind] += 1;
    if (outcome.kind !== 'kept') console.log(`crash: case ${c.id} ${outcome.kind}: ${outcome.why}`);
  }
  return counts;
}
