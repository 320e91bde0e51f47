// Test helpers: materials handed in through the materials handler the way the phone does it (a
// ticket, a real multipart POST to s3rver, the confirmation), 告知承诺, and the agent's review.
import { checklistOf, type CaseDetail, type Material } from '@app/shared';
import { handler as casesHandler } from '../../src/handlers/cases';
import { handler } from '../../src/handlers/materials';
import { samplePdf, samplePng } from '../../local/sampleFiles';
import { call } from './http';
import { tokenOf } from './people';

/** What a phone does with a ticket: a multipart/form-data POST of the fields, then the file. */
export async function postFile(ticket: { url: string; fields: Record<string, string> }, bytes: Buffer, contentType: string): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'upload');
  const response = await fetch(ticket.url, { method: 'POST', body: form });
  await response.arrayBuffer();
  return response.status;
}

/** Uploads one file (a PNG page, or a PDF) for a material of the case; returns the material. */
export async function uploadFile(who: string, caseId: string, materialSpecId: string, kind: 'png' | 'pdf' = 'png'): Promise<Material> {
  const token = await tokenOf(who);
  const bytes = kind === 'pdf' ? samplePdf(materialSpecId) : samplePng();
  const contentType = kind === 'pdf' ? 'application/pdf' : 'image/png';
  const ticket = await call(handler, { method: 'POST', path: `/cases/${caseId}/uploads`, token, body: { materialSpecId, fileName: `${materialSpecId}.${kind}`, contentType, size: bytes.length } });
  if (ticket.status !== 200) throw new Error(`upload ticket ${materialSpecId}: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const posted = await postFile(ticket.body, bytes, contentType);
  if (posted >= 300) throw new Error(`storage answered ${posted}`);
  const confirmed = await call(handler, { method: 'POST', path: `/cases/${caseId}/materials`, token, body: { uploadId: ticket.body.uploadId } });
  if (confirmed.status !== 200) throw new Error(`confirm ${materialSpecId}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  return confirmed.body;
}

export async function commitInstead(who: string, caseId: string, materialSpecId: string): Promise<Material> {
  const answer = await call(handler, { method: 'POST', path: `/cases/${caseId}/commitments`, token: await tokenOf(who), body: { materialSpecId, statement: '本人承诺所提供信息真实有效，同意部门事后核查。' } });
  if (answer.status !== 200) throw new Error(`commit ${materialSpecId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function review(who: string, caseId: string, materialId: string, decision: 'accepted' | 'rejected', reason?: string) {
  const token = await tokenOf(who);
  return call(handler, { method: 'POST', path: `/cases/${caseId}/materials/${materialId}/review`, token, body: { decision, ...(reason ? { reason } : {}) } });
}

async function detail(who: string, caseId: string): Promise<CaseDetail> {
  const answer = await call(casesHandler, { path: `/cases/${caseId}`, token: await tokenOf(who) });
  if (answer.status !== 200) throw new Error(`read ${caseId}: ${answer.status}`);
  return answer.body;
}

/** Uploads a file for every required material of the case not yet handed in (or sent back). */
export async function handInRequired(who: string, caseId: string): Promise<CaseDetail> {
  const before = await detail(who, caseId);
  for (const { spec, state } of checklistOf(before.materialSpecs, before.materials)) {
    if (spec.required && (state === 'missing' || state === 'rejected')) await uploadFile(who, caseId, spec.id);
  }
  return detail(who, caseId);
}

/** The agent accepts every current material still waiting for review; answers the case as it is then. */
export async function acceptAll(agent: string, caseId: string): Promise<CaseDetail> {
  const before = await detail(agent, caseId);
  for (const { latest } of checklistOf(before.materialSpecs, before.materials)) {
    if (latest?.status !== 'pending') continue;
    const answer = await review(agent, caseId, latest.id, 'accepted');
    if (answer.status !== 200) throw new Error(`review ${latest.id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return detail(agent, caseId);
}
