// 联系方式 (step 2 of the entrustment): the applicant's details as typed, checked field by field with
// the shared schemas, and turned into the API's applicant shape. Pure, so it is tested without a UI.
import { CreditCodeSchema, IdNumberSchema, MobileSchema, textProblem, type CreateCaseRequest } from '@app/shared';
import { t } from '../../lib/i18n';
import '../../i18n/entrust';

export interface ContactDraft {
  name: string;
  phone: string;
  /** Optional 身份证号: sealed on the server, shown masked to staff. */
  idNumber: string;
  /** Optional: when the applicant acts for an enterprise. */
  enterpriseName: string;
  creditCode: string;
  note: string;
}

export type ContactField = keyof ContactDraft;
export type ContactErrors = Partial<Record<ContactField, string>>;
export type ApplicantInput = CreateCaseRequest['applicant'];

export const EMPTY_CONTACT: ContactDraft = { name: '', phone: '', idNumber: '', enterpriseName: '', creditCode: '', note: '' };

/** The API's ceilings (ApplicantInputSchema, CreateCaseRequest.note), counted in characters. */
export const CONTACT_LIMITS = { name: 30, phone: 11, idNumber: 18, enterpriseName: 100, creditCode: 18, note: 500 } as const;

const length = (value: string) => Array.from(value).length;

/** What the user typed, as the API will read it: trimmed, phone digits only, credit code upper case. */
export function normaliseContact(draft: ContactDraft): ContactDraft {
  return {
    name: draft.name.trim(),
    phone: draft.phone.replace(/[\s-]/g, ''),
    idNumber: (draft.idNumber ?? '').replace(/\s/g, '').toUpperCase(),
    enterpriseName: draft.enterpriseName.trim(),
    creditCode: draft.creditCode.replace(/\s/g, '').toUpperCase(),
    note: draft.note.trim(),
  };
}

/** Keeps a phone field to what a mobile number can hold while the user types. */
export const phoneInput = (value: string): string => value.replace(/\D/g, '').slice(0, CONTACT_LIMITS.phone);

/** The Chinese message for one field, or undefined when it is fine. */
export function contactFieldError(field: ContactField, draft: ContactDraft): string | undefined {
  const d = normaliseContact(draft);
  switch (field) {
    case 'name':
      if (!d.name) return t('entrust.contact.errors.name');
      if (textProblem(d.name)) return t('entrust.contact.errors.nameProblem', { problem: textProblem(d.name)! });
      if (length(d.name) > CONTACT_LIMITS.name) return t('entrust.contact.errors.nameLong', { n: CONTACT_LIMITS.name });
      return undefined;
    case 'phone': {
      if (!d.phone) return t('entrust.contact.errors.phone');
      const parsed = MobileSchema.safeParse(d.phone);
      return parsed.success ? undefined : parsed.error.issues[0]?.message;
    }
    case 'idNumber': {
      if (!d.idNumber) return undefined;
      const parsed = IdNumberSchema.safeParse(d.idNumber);
      return parsed.success ? undefined : parsed.error.issues[0]?.message;
    }
    case 'enterpriseName':
      if (textProblem(d.enterpriseName)) return t('entrust.contact.errors.enterpriseProblem', { problem: textProblem(d.enterpriseName)! });
      if (length(d.enterpriseName) > CONTACT_LIMITS.enterpriseName) return t('entrust.contact.errors.enterpriseLong', { n: CONTACT_LIMITS.enterpriseName });
      if (!d.enterpriseName && d.creditCode) return t('entrust.contact.errors.enterpriseMissing');
      return undefined;
    case 'creditCode': {
      if (!d.creditCode) return undefined;
      const parsed = CreditCodeSchema.safeParse(d.creditCode);
      return parsed.success ? undefined : parsed.error.issues[0]?.message;
    }
    case 'note':
      if (textProblem(d.note, 'paragraphs')) return t('entrust.contact.errors.noteProblem', { problem: textProblem(d.note, 'paragraphs')! });
      return length(d.note) > CONTACT_LIMITS.note ? t('entrust.contact.errors.noteLong', { n: CONTACT_LIMITS.note }) : undefined;
  }
}

const FIELDS: readonly ContactField[] = ['name', 'phone', 'idNumber', 'enterpriseName', 'creditCode', 'note'];

/** Every field's message; an empty object when the form may go on. */
export function validateContact(draft: ContactDraft): ContactErrors {
  const errors: ContactErrors = {};
  for (const field of FIELDS) {
    const message = contactFieldError(field, draft);
    if (message) errors[field] = message;
  }
  return errors;
}

export type ContactResult = { ok: true; applicant: ApplicantInput; note?: string } | { ok: false; errors: ContactErrors };

/** The applicant and note for POST /cases, leaving out optional fields left empty. */
export function toApplicant(draft: ContactDraft): ContactResult {
  const errors = validateContact(draft);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const d = normaliseContact(draft);
  const applicant: ApplicantInput = { name: d.name, phone: d.phone };
  if (d.idNumber) applicant.idNumber = d.idNumber;
  if (d.enterpriseName) applicant.enterpriseName = d.enterpriseName;
  if (d.creditCode) applicant.creditCode = d.creditCode;
  return d.note ? { ok: true, applicant, note: d.note } : { ok: true, applicant };
}
