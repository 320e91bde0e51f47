// Building blocks shared by every request and response schema.
import * as z from 'zod';

/** Ids are ULIDs (26 Crockford base32 characters) or, for reference data, short slugs. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号只能包含字母、数字、下划线和连字符');

/** Bounded free text: every string a client sends has a ceiling. */
export const text = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** YYYY-MM-DD calendar date (China Standard Time is implied). */
export const DateSchema = z.iso.date();
export const DateTimeSchema = z.iso.datetime({ offset: true });
/** HH:mm wall-clock time in China. */
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

/** Mainland mobile number. */
export const MobileSchema = z.string().regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号码');

/** A published phone: mobile, or a landline such as 0472-1234567. */
export const PublicPhoneSchema = z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12345)$/);

/** Opaque pagination cursor. */
export const CursorSchema = z.string().max(1024).regex(/^[A-Za-z0-9_-]+$/);
export const LimitSchema = z.coerce.number().int().min(1).max(100).default(50);

export const PathIdParams = z.strictObject({ id: IdSchema });

export const GeoPointSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
