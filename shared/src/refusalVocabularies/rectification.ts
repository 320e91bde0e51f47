// The refusals of rectification: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import { vocabulary } from '../vocabulary';

/** Why a rectification report is refused (409 transition_refused, `error.reason`): what the app says. */
export const RectificationRefusal = vocabulary({
  noOpenRectification: '该办件没有待整改的差评',
  rectificationAlreadyReported: '整改情况已报告，无需重复提交',
});
