// The material checklist of a case: its list of materials (the item's, as entrusted, plus any an
// agent asked for by name in a 补正) against what was handed in. Pure, so the state machine's
// preconditions, the API and both apps read a case's materials alike.
import type * as z from 'zod/mini';
import { vocabulary } from './vocabulary';
import type { MaterialSpec } from './schemas/catalogue';
import type { Material } from './schemas/materials';

/** Where one material of the list stands, as people read it. */
export const MaterialState = vocabulary({
  missing: '未上传',
  pending: '待审核',
  accepted: '已通过',
  rejected: '已退回',
  /** A 告知承诺 signed in place of the material, not yet acknowledged by the agent. */
  committed: '告知承诺',
});
export type MaterialState = z.infer<typeof MaterialState.schema>;

/** What the checklist needs of a spec and of a handed-in material. */
export type SpecLike = Pick<MaterialSpec, 'id' | 'name' | 'required'>;
export type HandedIn = Pick<Material, 'id' | 'materialSpecId' | 'kind' | 'status' | 'uploadedAt'>;

/** A supplement request as the checklist reads it: what it named, and when. */
export interface SupplementLike {
  items: readonly { materialSpecId?: string; name: string }[];
  requestedAt: string;
}

/** Later first: by upload time, then by id (ULIDs grow with time), so two uploads in one millisecond still order. */
const later = (a: HandedIn, b: HandedIn): boolean => a.uploadedAt > b.uploadedAt || (a.uploadedAt === b.uploadedAt && a.id > b.id);

/** The materials handed in for one spec, newest first: the first decides, the rest were replaced. */
export function versionsOf<M extends HandedIn>(specId: string, materials: readonly M[]): M[] {
  return materials.filter((m) => m.materialSpecId === specId).sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
}

export function latestOf<M extends HandedIn>(specId: string, materials: readonly M[]): M | undefined {
  return versionsOf(specId, materials)[0];
}

/** A material is current when nothing newer was handed in for its spec. */
export const isCurrent = (material: HandedIn, materials: readonly HandedIn[]): boolean => latestOf(material.materialSpecId, materials)?.id === material.id;

export function stateOf(latest: HandedIn | undefined): MaterialState {
  if (!latest) return 'missing';
  if (latest.kind === 'commitment' && latest.status === 'pending') return 'committed';
  return latest.status;
}

/** Handed in and standing: uploaded or committed, and not sent back. */
export const isHandedIn = (latest: HandedIn | undefined): boolean => latest !== undefined && latest.status !== 'rejected';

export interface ChecklistEntry<S extends SpecLike, M extends HandedIn> {
  spec: S;
  latest?: M;
  /** Earlier versions, newest first, replaced by `latest`. */
  replaced: M[];
  state: MaterialState;
}

/** Every material of the case's list with where it stands, in the list's order. */
export function checklistOf<S extends SpecLike, M extends HandedIn>(specs: readonly S[], materials: readonly M[]): ChecklistEntry<S, M>[] {
  return specs.map((spec) => {
    const [latest, ...replaced] = versionsOf(spec.id, materials);
    return { spec, latest, replaced, state: stateOf(latest) };
  });
}

/** Required materials neither uploaded nor covered by 告知承诺 (or sent back and not replaced). */
export function requiredMissing<S extends SpecLike>(specs: readonly S[], materials: readonly HandedIn[]): S[] {
  return specs.filter((s) => s.required && !isHandedIn(latestOf(s.id, materials)));
}

/** Required materials whose current version the agent has not accepted. */
export function requiredNotAccepted<S extends SpecLike>(specs: readonly S[], materials: readonly HandedIn[]): S[] {
  return specs.filter((s) => s.required && latestOf(s.id, materials)?.status !== 'accepted');
}

/** Current materials of the list still waiting for the agent's review (files and commitments). */
export function awaitingReview<M extends HandedIn>(specs: readonly SpecLike[], materials: readonly M[]): M[] {
  return specs.map((s) => latestOf(s.id, materials)).filter((m): m is M => m?.status === 'pending');
}

/** Items of a supplement request not yet answered: nothing handed in for them since it was made. */
export function supplementOutstanding<I extends SupplementLike['items'][number]>(
  supplement: { items: readonly I[]; requestedAt: string },
  materials: readonly HandedIn[],
): I[] {
  const since = Date.parse(supplement.requestedAt);
  return supplement.items.filter((item) => {
    // Every item of a request made now names a spec (one is made for an item asked for by name);
    // only requests recorded before that have items nobody could upload for: they do not block.
    if (!item.materialSpecId) return false;
    const latest = latestOf(item.materialSpecId, materials);
    return !(latest && isHandedIn(latest) && Date.parse(latest.uploadedAt) > since);
  });
}

/**
 * Whether a material may be handed in (again) for a spec: while nothing accepted stands for it, or
 * when an open supplement request names it (the agent asked for it anew).
 */
export function mayHandIn(specId: string, materials: readonly HandedIn[], supplement?: SupplementLike): boolean {
  if (latestOf(specId, materials)?.status !== 'accepted') return true;
  return Boolean(supplement?.items.some((i) => i.materialSpecId === specId));
}

/** "营业执照、公司章程": the names a sentence lists. */
export const namesOf = (specs: readonly { name: string }[]): string => specs.map((s) => s.name).join('、');
