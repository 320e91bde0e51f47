// Per-suite isolation on the shared embedded stores: each test file gets its own table.
import path from 'node:path';
import { ensureTable } from '../../local/bootstrap';
import { seedDemoData } from '../../local/seed';
import { useTestBucket } from './bucket';

let counter = 0;

/** Points this test file at a fresh table (optionally with the demo data) and returns its name. */
export async function useFreshTable(options: { seed?: boolean; demoCases?: boolean } = {}): Promise<string> {
  const suite = path.basename(expect.getState().testPath ?? 'suite').replace(/\W+/g, '-').slice(0, 40);
  const name = `t-${suite}-${process.pid}-${++counter}-${Date.now().toString(36)}`;
  Object.assign(process.env, { STAGE: 'local', DEV_LOGIN: 'on', TABLE_NAME: name, BUCKET_NAME: 'test-materials' });
  const endpoint = process.env.DDB_ENDPOINT;
  if (!endpoint) throw new Error('DDB_ENDPOINT is not set: is the Jest global setup running?');
  await ensureTable(endpoint, name);
  // The demo cases hand their materials in as files: the bucket must be there first.
  if (options.seed && options.demoCases) await useTestBucket();
  if (options.seed) await seedDemoData({ force: true, cases: options.demoCases ?? false });
  return name;
}
