// Lambda: materials — upload tickets, confirmations, 告知承诺 commitments, review, download links.
import { materialsRoutes } from '../../../shared/src/api/groups/materials';
import { httpHandler } from '../lib/http';
import { spendAttempt } from '../lib/rateLimit';
import * as materials from '../materials/service';

export const handler = httpHandler('materials', materialsRoutes, {
  requestUpload: ({ principal, params, body }) => materials.requestUpload(principal!, params.id, body),
  confirmUpload: ({ principal, params, body }) => materials.confirmUpload(principal!, params.id, body),
  commitMaterial: ({ principal, params, body }) => materials.commitMaterial(principal!, params.id, body),
  reviewMaterial: ({ principal, params, body }) => materials.reviewMaterial(principal!, params.id, params.materialId, body),
  downloadMaterial: ({ principal, params }) => materials.downloadMaterial(principal!, params.id, params.materialId),
}, { rateLimiter: spendAttempt });
