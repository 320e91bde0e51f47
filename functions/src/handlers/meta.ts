// Lambda: meta — the API's own OpenAPI 3.1 document, built once per cold start from the route table.
import { metaRoutes } from '../../../shared/src/api/groups/meta';
import { buildOpenApiDocument } from '../../../shared/src/api/openapi';
import { httpHandler } from '../lib/http';

let document: Record<string, unknown> | undefined;

export const handler = httpHandler('meta', metaRoutes, {
  openApiDocument: async () => (document ??= buildOpenApiDocument()),
});
