// When the local API counts as up: it answers the catalogue as the API does — a 200 whose body has
// the catalogue's shape with the demo items in it. A 200 carrying a stack trace, or any other
// shape, is not up.
import { ListServiceItemsResponse } from '@app/shared';

/** Why an answer to `GET /catalogue/items?limit=1` is not the API's, or undefined when it is. */
export function unhealthy(status: number, body: unknown): string | undefined {
  if (status !== 200) return `HTTP ${status}`;
  const parsed = ListServiceItemsResponse.safeParse(body);
  if (!parsed.success) return `HTTP 200 but not the catalogue: ${JSON.stringify(body).slice(0, 200)}`;
  if (parsed.data.items.length === 0) return 'HTTP 200 but no service items';
  return undefined;
}

/** Waits for the API at `url` (the catalogue) to answer as the API does; throws with the last reason. */
export async function waitForApi(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      const reason = unhealthy(response.status, await response.json().catch(() => undefined));
      if (!reason) return;
      last = reason;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready after ${timeoutMs} ms: ${last}`);
}
