// Lambda: meta — the API's own OpenAPI 3.1 document. It is generated at build time (`npm run
// openapi`) and carried compressed: building it here would load every route's schemas and zod's
// JSON Schema conversion at each cold start (decisions §85). Decompressed on the first request.
import { metaRoutes } from '../../../shared/src/api/groups/meta';
import { httpHandler } from '../lib/http';
import { unpackedOnFirstUse } from '../lib/packed';
import { OPENAPI_DOCUMENT_BROTLI_BASE64 } from '../meta/openApiDocument';

/** The document as docs/openapi.json holds it. */
export const openApiDocument = /* @__PURE__ */ unpackedOnFirstUse<Record<string, unknown>>(OPENAPI_DOCUMENT_BROTLI_BASE64);

export const handler = httpHandler('meta', metaRoutes, {
  openApiDocument: async () => openApiDocument(),
});
