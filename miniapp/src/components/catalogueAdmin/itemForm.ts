// The item form's draft (what the bureau types, as text), its checks with the shared schemas, and
// the request body it becomes: the API and the form judge a draft by the same rules.
import {
  CreateServiceItemRequest,
  UpdateServiceItemRequest,
  type Level,
  type Scope,
  type ServiceItem,
  type ServiceKind,
  type ServiceMode,
} from '@app/shared';

export interface MaterialDraft {
  /** Absent for a material added in this form; the API gives it an id. */
  id?: string;
  /** Stable key for the list while editing (ids may be absent). */
  key: string;
  name: string;
  note: string;
  required: boolean;
  commitmentAllowed: boolean;
}

export interface ItemDraft {
  code: string;
  name: string;
  scope: Scope | '';
  level: Level | '';
  departmentId: string;
  summary: string;
  /** The name and summary in Mongolian; blank: not translated (the app shows the Chinese). */
  nameMn: string;
  descriptionMn: string;
  serviceKinds: ServiceKind[];
  serviceModes: ServiceMode[];
  commitmentDays: string;
  statutoryDays: string;
  /** Keywords as typed: separated by commas, 、 or spaces. */
  keywords: string;
  materials: MaterialDraft[];
}

/** Field → Chinese message; material fields are keyed `materials.<index>.<field>`. */
export type ItemErrors = Record<string, string>;

let keySeq = 0;
export const newMaterialKey = () => `m${Date.now().toString(36)}${(keySeq += 1)}`;

export const emptyMaterial = (): MaterialDraft => ({ key: newMaterialKey(), name: '', note: '', required: true, commitmentAllowed: false });

export const EMPTY_ITEM: ItemDraft = {
  code: '',
  name: '',
  scope: '',
  level: 'district',
  departmentId: '',
  summary: '',
  nameMn: '',
  descriptionMn: '',
  serviceKinds: ['consult', 'handleOnBehalf'],
  serviceModes: ['online', 'appointment'],
  commitmentDays: '',
  statutoryDays: '',
  keywords: '',
  materials: [],
};

export function draftOf(item: ServiceItem): ItemDraft {
  return {
    code: item.code,
    name: item.name,
    scope: item.scope,
    level: item.level,
    departmentId: item.departmentId,
    summary: item.summary,
    nameMn: item.nameMn ?? '',
    descriptionMn: item.descriptionMn ?? '',
    serviceKinds: [...item.serviceKinds],
    serviceModes: [...item.serviceModes],
    commitmentDays: String(item.commitmentDays),
    statutoryDays: item.statutoryDays === undefined ? '' : String(item.statutoryDays),
    keywords: item.keywords.join('，'),
    materials: item.materials.map((m) => ({ id: m.id, key: m.id, name: m.name, note: m.note ?? '', required: m.required, commitmentAllowed: m.commitmentAllowed })),
  };
}

const days = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.trim()));
export const splitKeywords = (value: string) =>
  value
    .split(/[,，、;；\s]+/)
    .map((k) => k.trim())
    .filter(Boolean);

/** The body of POST /catalogue/items (no version) or PUT /catalogue/items/{id} (with it). */
export function bodyOf(draft: ItemDraft, version?: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    code: draft.code.trim(),
    name: draft.name.trim(),
    scope: draft.scope || undefined,
    level: draft.level || undefined,
    departmentId: draft.departmentId || undefined,
    summary: draft.summary.trim(),
    // Blank Mongolian is left out: the item is not translated and the app shows the Chinese.
    nameMn: draft.nameMn.trim() || undefined,
    descriptionMn: draft.descriptionMn.trim() || undefined,
    serviceKinds: draft.serviceKinds,
    serviceModes: draft.serviceModes,
    commitmentDays: days(draft.commitmentDays),
    statutoryDays: days(draft.statutoryDays),
    keywords: splitKeywords(draft.keywords),
    materials: draft.materials.map((m) => ({
      ...(version !== undefined && m.id ? { id: m.id } : {}),
      name: m.name.trim(),
      ...(m.note.trim() ? { note: m.note.trim() } : {}),
      required: m.required,
      commitmentAllowed: m.commitmentAllowed,
    })),
  };
  if (version !== undefined) body.version = version;
  return body;
}

/** What each field is called, for messages the schema gives in English (a missing choice, a non-number). */
const FIELD_MESSAGES: Record<string, string> = {
  code: '请填写事项编码',
  name: '请填写事项名称',
  scope: '请选择事项类别',
  level: '请选择层级',
  departmentId: '请选择实施部门',
  summary: '事项说明最多500字',
  nameMn: '蒙古文名称最多700个字符',
  descriptionMn: '蒙古文说明最多3500个字符',
  serviceKinds: '请至少选择一种服务类型',
  serviceModes: '请至少选择一种服务方式',
  commitmentDays: '承诺时限请填写1—365之间的整数（工作日）',
  statutoryDays: '法定时限请填写1—365之间的整数（工作日），没有可不填',
  keywords: '关键词每个最多20字、不可重复，最多20个',
  name_material: '请填写材料名称（最多100字）',
  note_material: '材料说明最多200字',
};

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Checks a draft with the shared request schema; empty when the API would accept its shape. */
export function validateDraft(draft: ItemDraft, version?: number): ItemErrors {
  const schema = version === undefined ? CreateServiceItemRequest : UpdateServiceItemRequest;
  const result = schema.safeParse(bodyOf(draft, version));
  if (result.success) return {};
  const errors: ItemErrors = {};
  for (const issue of result.error.issues) {
    const [field, index, sub] = issue.path;
    let key: string;
    let fallback: string;
    if (field === 'materials' && typeof index === 'number') {
      key = `materials.${index}.${String(sub ?? 'name')}`;
      fallback = FIELD_MESSAGES[`${String(sub ?? 'name')}_material`] ?? '材料填写有误';
    } else if (field === 'materials') {
      key = 'materials';
      fallback = '材料最多30项';
    } else {
      key = String(field ?? 'form');
      fallback = FIELD_MESSAGES[key] ?? '填写有误';
    }
    if (!errors[key]) errors[key] = hasChinese(issue.message) ? issue.message : fallback;
  }
  return errors;
}
