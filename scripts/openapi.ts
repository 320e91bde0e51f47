// Writes docs/openapi.json from the route table and the shared schemas (`npm run openapi`).
// functions/test/openapi.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiJson } from '../shared/src/api/openapi';

const target = resolve(__dirname, '..', 'docs', 'openapi.json');
writeFileSync(target, openApiJson());
console.log(`wrote ${target}`);
