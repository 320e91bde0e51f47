// Calls a Lambda handler in this process with the tests' API Gateway HTTP API (payload v2) event
// (functions/test/support/http.ts) and times the handler alone.
import { apiEvent, type Call, type Handler } from '../functions/test/support/http';

export type { Call, Handler };

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** The handler's own time, from the event to its result. */
  ms: number;
}

export async function invoke(handler: Handler, c: Call): Promise<Answer> {
  const event = apiEvent(c);
  const started = process.hrtime.bigint();
  const result = await handler(event);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { status: result.statusCode ?? 200, body: result.body ? JSON.parse(result.body) : undefined, ms };
}
