// Materials handed in and reviewed through the materials handler, as the app does it (a ticket, the
// file posted to the bucket, the confirmation; the agent's 通过), for the lifecycles the bench runs:
// a step's preconditions need its materials there first.
import { checklistOf, type CaseDetail } from '@app/shared';
import { samplePng } from '../functions/local/sampleFiles';
import { postFile } from '../functions/test/support/materials';
import type { Answer, Call } from './invoke';

/** Calls the materials handler (metered or not, as the caller decides). */
export type MaterialsCall = (step: string, c: Call) => Promise<Answer>;

const ok = (step: string, answer: Answer): Answer => {
  if (answer.status !== 200) throw new Error(`${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
};

/** Uploads a file for every required material of the case still missing; the resident's token. */
export async function handInRequired(send: MaterialsCall, token: string, c: Pick<CaseDetail, 'id' | 'materialSpecs' | 'materials'>): Promise<void> {
  const bytes = samplePng();
  for (const { spec, state } of checklistOf(c.materialSpecs, c.materials)) {
    if (!spec.required || (state !== 'missing' && state !== 'rejected')) continue;
    const ticket = ok(
      `requestUpload ${spec.id}`,
      await send(`requestUpload (resident)`, { method: 'POST', path: `/cases/${c.id}/uploads`, token, body: { materialSpecId: spec.id, fileName: `${spec.id}.png`, contentType: 'image/png', size: bytes.length } }),
    ).body;
    const stored = await postFile(ticket, bytes, 'image/png');
    if (stored >= 300) throw new Error(`storage answered ${stored}`);
    ok(`confirmUpload ${spec.id}`, await send(`confirmUpload (resident)`, { method: 'POST', path: `/cases/${c.id}/materials`, token, body: { uploadId: ticket.uploadId } }));
  }
}

/** The agent accepts every current material still 待审核. */
export async function acceptPending(send: MaterialsCall, token: string, c: Pick<CaseDetail, 'id' | 'materialSpecs' | 'materials'>): Promise<void> {
  for (const { latest } of checklistOf(c.materialSpecs, c.materials)) {
    if (latest?.status !== 'pending') continue;
    ok(`review ${latest.id}`, await send(`reviewMaterial (agent)`, { method: 'POST', path: `/cases/${c.id}/materials/${latest.id}/review`, token, body: { decision: 'accepted' } }));
  }
}
