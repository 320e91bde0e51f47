// The refusals of caseChange: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Refusals of a lifecycle action beyond the state machine's own (Refusal): the app shows the sentence. */
export const CaseChangeRefusal = vocabulary({
  subTaskDone: '该并联子任务已办结',
});
export type CaseChangeRefusal = z.infer<typeof CaseChangeRefusal.schema>;
