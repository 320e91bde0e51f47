// Materials for the demo cases, handed in the way the app does it: an upload ticket, the file put in
// the local bucket at the ticket's key (what the phone's presigned POST does), the confirmation
// that inspects the stored object; 告知承诺 where the item allows one; the agent's review.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { checklistOf, type Principal } from '@app/shared';
import { loadCaseBundle } from '../src/cases/repository';
import { config } from '../src/lib/config';
import { commitMaterial, confirmUpload, requestUpload, reviewMaterial } from '../src/materials/service';
import { s3Client } from '../src/materials/storage';
import { samplePdf, samplePng } from './sampleFiles';

const HUES: [number, number, number][] = [
  [52, 120, 220],
  [220, 90, 60],
  [40, 160, 110],
  [150, 90, 200],
];

/** Uploads one file for a spec of the case: odd positions a PDF, even ones a photographed page. */
export async function uploadDemoFile(principal: Principal, caseId: string, spec: { id: string; name: string }, index: number): Promise<string> {
  const pdf = index % 2 === 1;
  const bytes = pdf ? samplePdf(`Demo material ${index + 1}`) : samplePng(HUES[index % HUES.length]);
  const contentType = pdf ? 'application/pdf' : 'image/png';
  const fileName = `${spec.name}.${pdf ? 'pdf' : 'png'}`;
  const ticket = await requestUpload(principal, caseId, { materialSpecId: spec.id, fileName, contentType, size: bytes.length });
  await s3Client().send(new PutObjectCommand({ Bucket: config().bucketName, Key: ticket.fields.key, Body: bytes, ContentType: contentType }));
  return (await confirmUpload(principal, caseId, { uploadId: ticket.uploadId })).id;
}

/**
 * Hands in every required material of the case that is not handed in yet: a 告知承诺 where the
 * item allows one and `commit` asks for it, otherwise a file.
 */
export async function handInRequired(principal: Principal, caseId: string, options: { commit?: boolean } = {}): Promise<void> {
  const bundle = await loadCaseBundle(caseId);
  if (!bundle) throw new Error(`demo case ${caseId} missing`);
  const entries = checklistOf(bundle.materialSpecs, bundle.materials);
  for (const [index, { spec, state }] of entries.entries()) {
    if (!spec.required || (state !== 'missing' && state !== 'rejected')) continue;
    if (options.commit && spec.commitmentAllowed && principal.role === 'resident') {
      await commitMaterial(principal, caseId, { materialSpecId: spec.id, statement: `本人承诺已具备“${spec.name}”所证明的条件，所提供信息真实有效。` });
    } else {
      await uploadDemoFile(principal, caseId, spec, index);
    }
  }
}

/** The agent accepts every current material of the list still waiting for review. */
export async function acceptPending(agent: Principal, caseId: string): Promise<void> {
  const bundle = await loadCaseBundle(caseId);
  if (!bundle) throw new Error(`demo case ${caseId} missing`);
  for (const { latest } of checklistOf(bundle.materialSpecs, bundle.materials)) {
    if (latest?.status === 'pending') await reviewMaterial(agent, caseId, latest.id, { decision: 'accepted' });
  }
}
