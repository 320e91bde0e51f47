// What a translation office gets and gives back: a CSV of every message (key, Chinese, Mongolian,
// review status, reviewer, date), and the checks its corrections must pass before any file changes.
import { readCsv, writeCsv } from './csv';
import { statusOf, writeMongolian, writeReview, type Catalogue, type Review, type ReviewRecord } from './catalogue';
import { writeLiterals } from './server';

export const HEADER = ['key', 'chinese', 'mongolian', 'status', 'reviewer', 'reviewed_on'] as const;
export const STATUSES = ['draft', 'reviewed'] as const;

/**
 * Keys whose "Mongolian" is deliberately not Mongolian: the switch names each language in its own
 * script (中文 stays 中文 on the Mongolian side); their Mongolian must equal the Chinese.
 */
export const OWN_SCRIPT_KEYS = new Set(['language.zh']);

/** Latin abbreviations written as such in Mongolian text (the QR of QR ᠬᠣᠳ, "QR code"). */
export const LATIN_WORDS = new Set(['QR']);

/**
 * Characters a Mongolian string may hold besides Latin words: the Mongolian block (letters, its own
 * comma ᠂ and full stop ᠃, the free variation selectors and U+180E vowel separator), U+202F before
 * case suffixes, ZWJ/ZWNJ (shaping controls), digits, spaces, the ASCII punctuation that codes,
 * times and parentheses use, the arithmetic signs × ÷ (a rate's definition), the quotation marks « »
 * and dashes – — of Mongolian typesetting, and the marks the Chinese source also uses in running
 * text: · (U+00B7) between parts of a line, … (U+2026) on "loading", › (U+203A) on links.
 */
const ALLOWED = /^[\u1800-\u18af\u202f\u200c\u200d0-9 A-Za-z!#%&'()*+,\-./:;=?@[\]_~\u00ab\u00bb\u00b7\u00d7\u00f7\u2013\u2014\u2026\u203a]$/u;
const MONGOLIAN_LETTER = /[\u1820-\u1878]/;

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The CSV of every message, in the files' order. */
export function exportCsv(catalogue: Catalogue): string {
  const rows = [...catalogue.zh.keys()].map((key) => {
    const status = statusOf(catalogue, key);
    return [key, catalogue.zh.get(key)!, catalogue.mn.get(key) ?? '', status.status, status.status === 'reviewed' ? status.reviewer : '', status.status === 'reviewed' ? status.date : ''];
  });
  return writeCsv([[...HEADER], ...rows]);
}

/** Why a Mongolian text cannot stand for its Chinese source; empty when it can. */
export function checkMongolian(key: string, chinese: string, mongolian: string): string[] {
  if (!mongolian.trim()) return ['蒙古文为空'];
  const problems: string[] = [];
  const want = placeholders(chinese);
  const have = placeholders(mongolian);
  const missing = want.filter((p) => !have.includes(p));
  const extra = have.filter((p) => !want.includes(p));
  if (missing.length) problems.push(`缺少占位符 ${missing.map((p) => `{{${p}}}`).join(' ')}`);
  if (extra.length) problems.push(`多出占位符 ${extra.map((p) => `{{${p}}}`).join(' ')}`);
  if (OWN_SCRIPT_KEYS.has(key)) {
    if (mongolian !== chinese) problems.push(`此项是语言名称，须与中文原文相同（${chinese}）`);
    return problems;
  }
  const text = mongolian.replace(/\{\{\w+\}\}/g, ' ');
  const outside = [...new Set([...text].filter((c) => !ALLOWED.test(c)))];
  if (outside.length) problems.push(`含蒙古文字符块以外的字符：${outside.map((c) => `${c} (${codePoint(c)})`).join('、')}`);
  // Latin letters only as a known abbreviation or a code copied from the Chinese (?code=P01ZWZX).
  const latin = [...new Set(text.match(/[A-Za-z]+/g) ?? [])].filter((word) => !LATIN_WORDS.has(word) && !chinese.includes(word));
  if (latin.length) problems.push(`含拉丁字母：${latin.join('、')}（仅允许 ${[...LATIN_WORDS].join('、')} 或中文原文里的编码）`);
  if (!MONGOLIAN_LETTER.test(text)) problems.push('没有蒙古文字母');
  return problems;
}

export interface ImportOptions {
  /** Who vouches for rows that become reviewed without a reviewer of their own. */
  reviewer?: string;
  /** YYYY-MM-DD for such rows; today by default. */
  today: string;
}

export type ImportResult = { ok: false; errors: string[] } | { ok: true; changed: string[]; reviewed: string[]; withdrawn: string[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a corrected CSV and, only when every row passes, writes the changed Mongolian files and the
 * review record. A changed Mongolian text is reviewed by whoever corrected it; a row marked draft
 * withdraws an earlier review; rows left out of the file are left alone.
 */
export function importCsv(catalogue: Catalogue, text: string, options: ImportOptions): ImportResult {
  const errors: string[] = [];
  let records;
  try {
    records = readCsv(text);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  const [head, ...rows] = records;
  if (!head || head.fields.join(',') !== HEADER.join(',')) return { ok: false, errors: [`第 ${head?.line ?? 1} 行：表头应为 ${HEADER.join(',')}`] };

  const texts = new Map<string, string>();
  const review: ReviewRecord = { ...catalogue.review };
  const seen = new Set<string>();
  const result = { changed: [] as string[], reviewed: [] as string[], withdrawn: [] as string[] };
  for (const { line, fields } of rows) {
    const refuse = (why: string) => errors.push(`第 ${line} 行：${why}`);
    if (fields.length !== HEADER.length) {
      refuse(`应有 ${HEADER.length} 列，实有 ${fields.length} 列`);
      continue;
    }
    const [key, chinese, mongolian, status, reviewer, date] = fields;
    const source = catalogue.zh.get(key);
    if (source === undefined) {
      refuse(`未知的键 ${key}`);
      continue;
    }
    if (seen.has(key)) refuse(`键 ${key} 重复出现`);
    seen.add(key);
    if (chinese !== source) refuse(`${key} 的中文原文与程序中的不一致（中文不在此修改；请重新导出）`);
    const readOnly = catalogue.readOnly.get(key);
    if (readOnly !== undefined && mongolian !== catalogue.mn.get(key)) {
      refuse(`${key}：${readOnly}`);
      continue;
    }
    if (readOnly === undefined) for (const problem of checkMongolian(key, source, mongolian)) refuse(`${key}：${problem}`);
    if (!(STATUSES as readonly string[]).includes(status)) refuse(`${key}：状态应为 draft 或 reviewed，而不是「${status}」`);
    if (date && !DATE.test(date)) refuse(`${key}：审校日期应为 YYYY-MM-DD`);

    const changed = mongolian !== catalogue.mn.get(key);
    const current = statusOf(catalogue, key);
    if (changed || status === 'reviewed') {
      const who = (reviewer || options.reviewer || '').trim();
      if (!who) {
        refuse(`${key}：${changed ? '修改了译文' : '标为已审校'}，但没有审校人（填写 reviewer 列或使用 --reviewer）`);
        continue;
      }
      const entry: Review = { reviewer: who, date: date || options.today, zh: source, mn: mongolian };
      const same = current.status === 'reviewed' && current.reviewer === entry.reviewer && current.date === entry.date && !changed;
      if (changed) {
        texts.set(key, mongolian);
        result.changed.push(key);
      }
      if (!same) {
        review[key] = entry;
        result.reviewed.push(key);
      }
    } else if (review[key]) {
      delete review[key];
      result.withdrawn.push(key);
    }
  }
  if (errors.length) return { ok: false, errors };

  for (const file of catalogue.files) {
    const mine = new Map([...texts].filter(([key]) => catalogue.fileOf.get(key) === file));
    if (mine.size) writeMongolian(file, mine);
  }
  writeLiterals([...texts].filter(([key]) => catalogue.literals.has(key)).map(([key, text]) => ({ literal: catalogue.literals.get(key)!, text })));
  if (result.reviewed.length || result.withdrawn.length) writeReview(catalogue.dir, review);
  return { ok: true, ...result };
}
