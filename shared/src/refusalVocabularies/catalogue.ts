// The refusals of catalogue: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why the catalogue refuses a change, or an entrustment of an item (the app shows the sentence). */
export const CatalogueRefusal = vocabulary({
  codeTaken: '该事项编码已被其他事项使用',
  itemWithdrawn: '该事项已停用，暂不受理新的委托',
});
export type CatalogueRefusal = z.infer<typeof CatalogueRefusal.schema>;
