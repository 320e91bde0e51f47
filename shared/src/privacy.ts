// Personal data: format checks for ID-card and phone numbers, and the masks shown to those who
// may not see them whole (PIPL: minimum necessary).
import * as z from 'zod/mini';
import { lazy } from './lazy';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** A mainland resident ID number (GB 11643-1999): 18 characters, a real birth date, a valid check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const ms = Date.parse(`${birth}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== birth) return false;
  if (Number(value.slice(6, 10)) < 1900 || ms > Date.now()) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK_CHARS[sum % 11] === value[17];
}

export const IdNumberSchema = lazy(() => z.pipe(z.string().check(z.trim()), z.transform((v) => v.toUpperCase())).check(z.refine(isValidIdNumber, '身份证号码格式或校验位有误')));

/** 110***********002X: hides the region and the birth date, keeps enough for the owner to recognise it. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** 138****5678 for mobiles; other numbers keep their first three and last four digits likewise. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\s+/g, '');
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** 张* / 张*丰 / 欧**锋: the first character and, for names of three or more, the last. */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
