// Finds every string a request schema takes and tells free text (built by shared's text helpers,
// recognised by their check) from strings a pattern, format or enum already constrains. For each
// free-text field it builds a request part that holds a given value there, with whatever the
// schema needs to reach it (the `action` of a lifecycle action body, the array around an item).
import { TEXT_CHECKS, type TextKind } from '@app/shared';
import type * as z from 'zod/mini';

export interface StringField {
  /** Where the field is, e.g. ['applicant', 'name'] or ['items', 0, 'reason']. */
  path: (string | number)[];
  kind: TextKind | 'constrained' | 'unconstrained';
  /** The branch of a discriminated union the field belongs to, e.g. 'action=rate'. */
  branch?: string;
  /** The smallest request part that holds `value` at this field. */
  place(value: string): unknown;
}

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  format?: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  discriminator?: string;
  in?: z.ZodMiniType;
  left?: z.ZodMiniType;
  right?: z.ZodMiniType;
  values?: unknown[];
};
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function classify(def: Def): StringField['kind'] {
  const checks = def.checks ?? [];
  if (checks.includes(TEXT_CHECKS.line as never)) return 'line';
  if (checks.includes(TEXT_CHECKS.paragraphs as never)) return 'paragraphs';
  if (def.format || checks.some((c) => c._zod.def.check === 'string_format')) return 'constrained';
  return 'unconstrained';
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Every string field of a schema, with a builder of the request part that holds a value there. */
export function stringFields(schema: z.ZodMiniType | undefined): StringField[] {
  const found: StringField[] = [];
  const walk = (s: z.ZodMiniType, path: (string | number)[], place: (v: unknown) => unknown, branch?: string): void => {
    const def = defOf(s);
    if (def.type === 'string') found.push({ path, kind: classify(def), place, branch });
    else if (WRAPPERS.has(def.type) && def.innerType) walk(def.innerType, path, place, branch);
    // A transform refined afterwards (the ID number and its checksum) constrains its input as a whole.
    else if (def.type === 'pipe' && def.in && def.checks?.length) found.push({ path, kind: 'constrained', place, branch });
    else if (def.type === 'pipe' && def.in) walk(def.in, path, place, branch);
    else if (def.type === 'array' && def.element) walk(def.element, [...path, 0], (v) => place([v]), branch);
    else if (def.type === 'intersection') [def.left, def.right].forEach((side) => side && walk(side, path, place, branch));
    else if (def.type === 'object' && def.shape) {
      for (const [key, field] of Object.entries(def.shape)) walk(field, [...path, key], (v) => place({ [key]: v }), branch);
    } else if (def.type === 'union') {
      for (const option of def.options ?? []) {
        // A discriminated union reaches a branch's fields only with the branch's own tag.
        const key = def.discriminator;
        const tag = key ? defOf(defOf(option).shape?.[key] as z.ZodMiniType)?.values?.[0] : undefined;
        if (key && tag !== undefined) walk(option, path, (v) => place({ [key]: tag, ...(v as object) }), `${key}=${String(tag)}`);
        else walk(option, path, place, branch);
      }
    }
  };
  if (schema) walk(schema, [], (v) => v);
  return found;
}
