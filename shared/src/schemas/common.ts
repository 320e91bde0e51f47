// Building blocks shared by every request and response schema.
import * as z from 'zod/mini';
import { lazy } from '../lazy';

/** Ids are ULIDs (26 Crockford base32 characters) or, for reference data, short slugs. */
export const IdSchema = lazy(() => z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, '编号只能包含字母、数字、下划线和连字符')));

/**
 * Free text is one line (names, addresses, titles, file names) or paragraphs (notes, reasons,
 * comments, opinions), where a newline and a tab are allowed.
 */
export type TextKind = 'line' | 'paragraphs';

/**
 * Characters that make text show something other than what it is: C0 and C1 control characters,
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: `王\u202e强gnp.exe`
 * shows as "王强exe.png"), and lone surrogate halves. Newline and tab only in paragraphs.
 * Marks that scripts need (ZWJ/ZWNJ, Mongolian free variation selectors and vowel separator) are text.
 */
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\t\n]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const DECEPTIVE_TEXT_MESSAGE = '不能包含控制字符、文字方向控制符或无效字符';
export const LINE_BREAK_MESSAGE = '不能换行或包含制表符';

/** Whether a value would be refused as text of this kind (the app checks as it types). */
export function textProblem(value: string, kind: TextKind = 'line'): string | undefined {
  const unified = value.replace(/\r\n?/g, '\n');
  if (CONTROL_OR_BIDI.test(unified) || LONE_SURROGATE.test(unified)) return DECEPTIVE_TEXT_MESSAGE;
  if (kind === 'line' && LINE_BREAK_OR_TAB.test(unified)) return LINE_BREAK_MESSAGE;
  return undefined;
}

const textCheck = (kind: TextKind) =>
  z.check<string>((ctx) => {
    const problem = textProblem(ctx.value, kind);
    // Stops the later checks: "too long" would only hide the reason.
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  });
/** One check object per kind: the reliability suites find every free-text field by it. */
export const TEXT_CHECKS: Readonly<Record<TextKind, z.core.$ZodCheck<string>>> = { line: textCheck('line'), paragraphs: textCheck('paragraphs') };

/**
 * Every free-text field of every schema is built here, so one rule holds for all: a line break
 * typed on Windows becomes `\n`, the text is checked, NFC-normalised (so 'é' typed two ways is one
 * string) and trimmed, then its length is bounded. A refusal is a zod issue at the field's path.
 */
export function freeText(kind: TextKind) {
  return z
    .string().check(z.overwrite((value) => (kind === 'paragraphs' ? value.replace(/\r\n?/g, '\n') : value)), TEXT_CHECKS[kind], z.normalize('NFC'), z.trim());
}

/** Bounded free text: every string a client sends has a ceiling. */
export const text = (max: number, kind: TextKind = 'line') => freeText(kind).check(z.maxLength(max));
export const requiredText = (max: number, kind: TextKind = 'line') => freeText(kind).check(z.minLength(1), z.maxLength(max));

/** YYYY-MM-DD calendar date (China Standard Time is implied). */
export const DateSchema = lazy(() => z.iso.date());
export const DateTimeSchema = lazy(() => z.iso.datetime({ offset: true }));
/** HH:mm wall-clock time in China. */
export const TimeSchema = lazy(() => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')));

/** Mainland mobile number. */
export const MobileSchema = lazy(() => z.string().check(z.regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号码')));

/** A published phone: mobile, or a landline such as 0472-1234567. */
export const PublicPhoneSchema = lazy(() => z.string().check(z.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12345)$/)));

/** Idempotency keys come in the Idempotency-Key header; this is their shape. */
export const IdempotencyKeySchema = lazy(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '幂等键格式有误')));

/** The header channel systems send their key in. */
export const CHANNEL_API_KEY_HEADER = 'X-Api-Key';

/** Opaque pagination cursor. */
export const CursorSchema = lazy(() => z.string().check(z.maxLength(1024), z.regex(/^[A-Za-z0-9_-]+$/)));
/**
 * An integer that arrives as text (a query parameter): zod/mini has no `.int()` on a coerced number,
 * so this is `z.int()` built with coercion on (the schema classic's `z.coerce.number().int()` makes).
 */
export const coercedInt = () => z.int({ coerce: true } as z.core.$ZodCheckNumberFormatParams);
export const LimitSchema = lazy(() => z._default(coercedInt().check(z.minimum(1), z.maximum(100)), 50));

export const PathIdParams = lazy(() => z.strictObject({ id: IdSchema }));

export const GeoPointSchema = lazy(() => z.object({ lat: z.number().check(z.minimum(-90), z.maximum(90)), lng: z.number().check(z.minimum(-180), z.maximum(180)) }));
