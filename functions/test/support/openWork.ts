// The open-work counters' invariant: each agent's counter equals the entries their inbox partition
// holds. Stories call it after every lifecycle step and race (a Scan is fine in a test table).
import { scanTable } from './table';

/** Per inbox partition: what the counter says and what the partition holds (only where they differ). */
export async function openWorkMismatches(): Promise<Record<string, { counter: number; held: number }>> {
  const items = await scanTable();
  const held = new Map<string, number>();
  for (const item of items) {
    if ((item.entity === 'case' || item.entity === 'subTask') && typeof item.gsi2pk === 'string') held.set(item.gsi2pk, (held.get(item.gsi2pk) ?? 0) + 1);
  }
  const counters = new Map<string, number>(items.filter((i) => i.entity === 'openCount').map((i) => [String(i.pk), Number(i.openWork)]));
  const wrong: Record<string, { counter: number; held: number }> = {};
  for (const partition of new Set([...held.keys(), ...counters.keys()])) {
    const counter = counters.get(partition) ?? 0;
    const n = held.get(partition) ?? 0;
    if (counter !== n) wrong[partition] = { counter, held: n };
  }
  return wrong;
}

/** Fails the story when any counter drifted from its partition. */
export async function expectOpenWorkCounted(): Promise<void> {
  expect(await openWorkMismatches()).toEqual({});
}
