// The API describing itself: the OpenAPI document other channels integrate against.
import { OpenApiDocumentResponse } from '../../schemas/channels';
import type { RouteDef } from '../routes';

export const metaRoutes = {
  openApiDocument: {
    group: 'meta',
    method: 'GET',
    path: '/openapi.json',
    access: 'public',
    response: OpenApiDocumentResponse,
  },
} satisfies Record<string, RouteDef>;
