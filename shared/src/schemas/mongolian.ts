// Names and descriptions the bureau may also enter in traditional Mongolian (issue 17): optional
// fields next to their Chinese twins (`nameMn` beside `name` …), with the same limits.
import * as z from 'zod/mini';
import { requiredText, type TextKind } from './common';

/** Han ideographs (the CJK blocks and their extensions) and CJK punctuation. */
const CHINESE = /[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]|[\u{20000}-\u{3134F}]/u;
export const CHINESE_IN_MONGOLIAN_MESSAGE = '蒙古文字段不能包含汉字或中文标点，没有蒙古文译文时请留空（将显示中文）';

/** Whether a Mongolian field's value would be refused for holding Chinese (the form checks as it types). */
export const mongolianProblem = (value: string): string | undefined => (CHINESE.test(value) ? CHINESE_IN_MONGOLIAN_MESSAGE : undefined);

/**
 * The same name takes five to seven times as many characters in Mongolian letters as in Chinese
 * characters (the demo data: mean 5.2, at most 6.6; decisions §97), so a twin's limit is its
 * Chinese field's times this.
 */
export const MONGOLIAN_LENGTH_FACTOR = 7;

/**
 * A Mongolian twin of a Chinese field of at most `chineseMax` characters: free text with the same
 * rules, a limit scaled by MONGOLIAN_LENGTH_FACTOR, and no Chinese
 * (a Chinese name pasted into it would show to a Mongolian reader as if it were the translation).
 * Absent means "not translated": the Chinese shows. An empty value is refused; leave it out instead.
 */
export const mongolianText = (chineseMax: number, kind: TextKind = 'line') =>
  requiredText(chineseMax * MONGOLIAN_LENGTH_FACTOR, kind).check(z.refine((value) => !CHINESE.test(value), CHINESE_IN_MONGOLIAN_MESSAGE));
