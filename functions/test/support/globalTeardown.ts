// Stops the stores the global setup started, then greps the whole run's captured logs for
// personal data: one ID number, phone or token in any line fails the run.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { scanLogs } from './logScan';

export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__STORES__ ?? []).map((store) => store.stop()));
  const file = process.env.LOG_CAPTURE_FILE;
  if (!file) return;
  const secrets = [process.env.SESSION_SECRET ?? '', process.env.WECHAT_APP_SECRET ?? ''];
  const { lines, leaks } = scanLogs(readFileSync(file, 'utf8'), secrets);
  rmSync(path.dirname(file), { recursive: true, force: true });
  console.log(`logs: ${lines} captured log lines scanned, ${leaks.length} with an ID number, phone, token or secret`);
  if (leaks.length > 0) {
    throw new Error(`personal data in the logs: ${leaks.slice(0, 10).map((l) => `line ${l.line} ${l.kind} ${l.sample}`).join('; ')}`);
  }
}
