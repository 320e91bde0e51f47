// Writes docs/openapi.json from the route table and the shared schemas (`npm run openapi`), and the
// same document compressed into functions/src/meta/openApiDocument.ts, which the meta function
// serves: the document is built here, at build time, so the function does not load every schema
// and zod's JSON Schema conversion at its cold start (decisions §85).
// functions/test/openapi.test.ts fails when either committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiJson } from '../shared/src/api/openapi';
import { writePackedModule } from './packText';

const json = openApiJson();
const target = resolve(__dirname, '..', 'docs', 'openapi.json');
writeFileSync(target, json);
console.log(`wrote ${target}`);

console.log(writePackedModule('functions/src/meta/openApiDocument.ts', 'OPENAPI_DOCUMENT_BROTLI_BASE64', json, '`npm run openapi` (scripts/openapi.ts): docs/openapi.json'));
