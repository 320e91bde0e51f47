// Materials: upload tickets, confirmed files, 告知承诺 and their review and download.
import { PathIdParams } from '../../schemas/common';
import { CommitmentRequest, ConfirmUploadRequest, DownloadResponse, MaterialParams, MaterialSchema, RequestUploadRequest, ReviewMaterialRequest, UploadTicketResponse } from '../../schemas/materials';
import type { RouteDef } from '../routes';

export const materialsRoutes = {
  requestUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/uploads',
    access: ['resident', 'agent'],
    params: PathIdParams,
    body: RequestUploadRequest,
    response: UploadTicketResponse,
  },
  confirmUpload: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials',
    access: ['resident', 'agent'],
    params: PathIdParams,
    body: ConfirmUploadRequest,
    response: MaterialSchema,
  },
  commitMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/commitments',
    access: ['resident'],
    params: PathIdParams,
    body: CommitmentRequest,
    response: MaterialSchema,
  },
  reviewMaterial: {
    group: 'materials',
    method: 'POST',
    path: '/cases/{id}/materials/{materialId}/review',
    access: ['agent'],
    params: MaterialParams,
    body: ReviewMaterialRequest,
    response: MaterialSchema,
  },
  downloadMaterial: {
    group: 'materials',
    method: 'GET',
    path: '/cases/{id}/materials/{materialId}/download',
    access: 'signedIn',
    params: MaterialParams,
    response: DownloadResponse,
  },
} satisfies Record<string, RouteDef>;
