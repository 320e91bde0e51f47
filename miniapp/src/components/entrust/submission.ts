// 提交 (step 5 of the entrustment): create the case, upload the handwritten signature, sign the
// agreement. Resumable: a retry continues from the step that failed and never creates a second case
// (one idempotency key per submission; after a failure the case is read again before going on).
import { agreementIn, SIGNATURE_SPEC_ID, type CaseDetail, type RouteBodyInput } from '@app/shared';
import { ApiCallError, call } from '../../api/client';
import { newIdempotencyKey } from '../../lib/ids';
import { uploadMaterial, type LocalFile } from '../../lib/upload';
import { currentLanguage, t } from '../../lib/i18n';

export type SubmitStage = 'create' | 'upload' | 'sign';

export const STAGES: readonly SubmitStage[] = ['create', 'upload', 'sign'];

/** What has been done so far; kept by the page across retries. */
export interface Submission {
  idempotencyKey: string;
  created?: CaseDetail;
  signatureUploadId?: string;
  signed?: CaseDetail;
  /** An attempt failed after the case existed: read it again before going on (a lost answer may have succeeded). */
  stale: boolean;
}

export const newSubmission = (): Submission => ({ idempotencyKey: newIdempotencyKey(), stale: false });

export interface SubmitInput {
  body: RouteBodyInput<'createCase'>;
  signature: LocalFile;
  signerName: string;
}

export interface SubmitHooks {
  onStage: (stage: SubmitStage) => void;
  onUploadProgress: (percent: number) => void;
  /** Every step that succeeds is saved at once, so a retry starts after it. */
  save: (submission: Submission) => void;
}

/** The Chinese sentence for a failure (the API's own, or a generic one). */
export const failureMessage = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : t('common.systemError');

export async function continueSubmission(start: Submission, input: SubmitInput, hooks: SubmitHooks): Promise<CaseDetail> {
  let state = start;
  const update = (patch: Partial<Submission>) => {
    state = { ...state, ...patch };
    hooks.save(state);
  };
  try {
    if (state.signed) return state.signed;
    if (!state.created) {
      hooks.onStage('create');
      // A retry sends the same key: the API answers with the case it created the first time.
      update({ created: await call('createCase', { body: input.body, idempotencyKey: state.idempotencyKey }) });
    }
    let current = state.created!;
    if (state.stale) {
      current = await call('getCase', { params: { id: current.id } });
      const uploaded = current.materials.find((m) => m.materialSpecId === SIGNATURE_SPEC_ID && m.kind === 'file');
      update({ created: current, stale: false, signatureUploadId: state.signatureUploadId ?? uploaded?.id });
      if (current.agreement) {
        update({ signed: current });
        return current;
      }
    }
    if (!state.signatureUploadId) {
      hooks.onStage('upload');
      const material = await uploadMaterial({
        caseId: current.id,
        materialSpecId: SIGNATURE_SPEC_ID,
        fileName: 'signature.png',
        contentType: 'image/png',
        filePath: input.signature.filePath,
        size: input.signature.size,
        onProgress: hooks.onUploadProgress,
      });
      update({ signatureUploadId: material.id });
    }
    hooks.onStage('sign');
    const signed = await call('actOnCase', {
      params: { id: current.id },
      body: {
        action: 'signAgreement',
        version: current.version,
        // The text the resident was shown: the Mongolian one has its own version (§99).
        agreementVersion: agreementIn(currentLanguage()).version,
        signerName: input.signerName,
        consentToDataHandling: true,
        acknowledgeFreeOfCharge: true,
        signatureUploadId: state.signatureUploadId,
      },
    });
    update({ signed });
    return signed;
  } catch (error) {
    if (state.created) update({ stale: true });
    throw error;
  }
}
