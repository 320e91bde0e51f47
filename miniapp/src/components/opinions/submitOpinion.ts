// Sends an opinion with an idempotency key: one key per intent, reused when the same body is sent
// again after a failure (a lost answer may have succeeded), fresh once the body changes.
import type { CreateOpinionRequest, Opinion } from '@app/shared';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../lib/ids';

export interface PendingSend {
  key: string;
  body: string;
}

export async function sendOpinion(body: CreateOpinionRequest, pending: { current: PendingSend | undefined }): Promise<Opinion> {
  const fingerprint = JSON.stringify(body);
  if (!pending.current || pending.current.body !== fingerprint) pending.current = { key: newIdempotencyKey(), body: fingerprint };
  const opinion = await call('createOpinion', { body, idempotencyKey: pending.current.key });
  pending.current = undefined;
  return opinion;
}
