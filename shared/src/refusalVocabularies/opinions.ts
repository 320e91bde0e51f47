// The refusals of opinions: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** How many opinions one resident may have waiting for an answer at once. */
export const MAX_OPEN_OPINIONS = 10;

/** Named refusals of the opinions API (409 with this reason), each with the sentence the app shows. */
export const OpinionRefusal = vocabulary({
  tooManyOpenOpinions: `您已有${MAX_OPEN_OPINIONS}条意见尚未回复，请等回复后再提交`,
  alreadyAnswered: '该意见已回复，不能重复回复',
});
export type OpinionRefusal = z.infer<typeof OpinionRefusal.schema>;
