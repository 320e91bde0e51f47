// The refusals of materials: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why a material write is refused beyond its shape (409 transition_refused, `error.reason`): what the app says. */
export const MaterialRefusal = vocabulary({
  fileNotUploaded: '没有收到上传的文件，请重新上传',
  materialAlreadyAccepted: '该材料已审核通过，无需重新提交',
  materialReplaced: '申请人已重新提交该材料，请审核最新版本',
  materialsNotReviewable: '办件已归档或结束，材料不能再审核',
});
export type MaterialRefusal = z.infer<typeof MaterialRefusal.schema>;
