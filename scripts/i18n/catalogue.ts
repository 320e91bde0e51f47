// The app's messages as the translation tools see them: every namespace's Chinese source and
// Mongolian draft (found by file name, so a namespace added later is included without a list), the
// per-string review record beside them, and the Mongolian files written back in one fixed format.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Literal } from './server';

export type Tree = { [key: string]: string | Tree };

/** One Mongolian file: its text before and after the messages object, and the messages. */
export interface MongolianFile {
  file: string;
  head: string;
  tail: string;
  messages: Tree;
}

export interface Catalogue {
  dir: string;
  /** In export order: the main package's file first, then the namespaces by name. */
  files: MongolianFile[];
  /** key → Chinese, key → Mongolian, key → the Mongolian file that holds it. */
  zh: Map<string, string>;
  mn: Map<string, string>;
  fileOf: Map<string, MongolianFile>;
  /** Keys whose words the importer does not rewrite (some of the server's texts), with why, in Chinese. */
  readOnly: Map<string, string>;
  /** Server texts written as one string literal: where, so that a correction replaces it. */
  literals: Map<string, Literal>;
  review: ReviewRecord;
}

/** A string a reviewer approved: who, when, and the two texts they saw (a later edit undoes it). */
export interface Review {
  reviewer: string;
  date: string;
  zh: string;
  mn: string;
}
export type ReviewRecord = Record<string, Review>;

export const REVIEW_FILE = 'review.json';

/** `zh.ts` + `mn.ts` (main package) and every `<namespace>.zh.ts` + `<namespace>.mn.ts`. */
export function namespaces(dir: string): string[] {
  const names = readdirSync(dir)
    .map((f) => /^(?:(.+)\.)?zh\.ts$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1] ?? '');
  return names.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
}

const fileName = (namespace: string, language: 'zh' | 'mn') => (namespace ? `${namespace}.${language}.ts` : `${language}.ts`);

export function leaves(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else leaves(value, `${prefix}${key}.`, out);
  }
  return out;
}

/** The Chinese source is run, not parsed: its domain labels come from shared/ (`Scope.labels` …). */
function loadChinese(file: string): Tree {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(file) as Record<string, unknown>).filter((v) => typeof v === 'object' && v !== null);
  if (exported.length !== 1) throw new Error(`${file}: expected one exported messages object`);
  return exported[0] as Tree;
}

/** The Mongolian file is parsed: it holds only string literals, and it is rewritten in place. */
export function parseMongolian(file: string): MongolianFile {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const declaration = source.statements
    .filter(ts.isVariableStatement)
    .filter((s) => s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .flatMap((s) => s.declarationList.declarations)
    .find((d) => d.initializer && ts.isObjectLiteralExpression(d.initializer));
  if (!declaration?.initializer) throw new Error(`${file}: no exported messages object`);
  const toTree = (node: ts.ObjectLiteralExpression): Tree => {
    const tree: Tree = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        throw new Error(`${file}: only "key: 'text'" entries are supported (${property.getText(source)})`);
      }
      const value = property.initializer;
      if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) tree[property.name.text] = value.text;
      else if (ts.isObjectLiteralExpression(value)) tree[property.name.text] = toTree(value);
      else throw new Error(`${file}: ${property.name.text} is not a string literal`);
    }
    return tree;
  };
  const start = declaration.initializer.getStart(source);
  return { file, head: text.slice(0, start), tail: text.slice(declaration.initializer.end), messages: toTree(declaration.initializer as ts.ObjectLiteralExpression) };
}

/** Texts from elsewhere exported with the app's (the server's, scripts/i18n/server.ts), after them. */
export type ExtraTexts = Map<string, { zh: string; mn: string; readOnly?: string; literal?: Literal }>;

export function readCatalogue(dir: string, extra: ExtraTexts = new Map()): Catalogue {
  const catalogue: Catalogue = { dir, files: [], zh: new Map(), mn: new Map(), fileOf: new Map(), readOnly: new Map(), literals: new Map(), review: readReview(dir) };
  for (const namespace of namespaces(dir)) {
    const zh = leaves(loadChinese(path.join(dir, fileName(namespace, 'zh'))));
    const mnFile = parseMongolian(path.join(dir, fileName(namespace, 'mn')));
    catalogue.files.push(mnFile);
    for (const [key, text] of zh) {
      if (catalogue.zh.has(key)) throw new Error(`${fileName(namespace, 'zh')}: key ${key} is also in another namespace`);
      catalogue.zh.set(key, text);
      catalogue.fileOf.set(key, mnFile);
    }
    for (const [key, text] of leaves(mnFile.messages)) catalogue.mn.set(key, text);
  }
  for (const [key, text] of extra) {
    if (catalogue.zh.has(key)) throw new Error(`key ${key} is both an app message and a server text`);
    catalogue.zh.set(key, text.zh);
    catalogue.mn.set(key, text.mn);
    if (text.literal) catalogue.literals.set(key, text.literal);
    else catalogue.readOnly.set(key, text.readOnly ?? 'read-only');
  }
  return catalogue;
}

function readReview(dir: string): ReviewRecord {
  const file = path.join(dir, REVIEW_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReviewRecord) : {};
}

/** Reviewed only while both texts are still the ones the reviewer saw; otherwise a draft. */
export function statusOf(catalogue: Catalogue, key: string): { status: 'draft' } | ({ status: 'reviewed' } & Review) {
  const review = catalogue.review[key];
  return review && review.zh === catalogue.zh.get(key) && review.mn === catalogue.mn.get(key) ? { status: 'reviewed', ...review } : { status: 'draft' };
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const keyText = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key));

/** One key a line, two-space indents, single quotes, trailing commas: the files' house format. */
export function formatTree(tree: Tree, depth = 0): string {
  const pad = '  '.repeat(depth + 1);
  const lines = Object.entries(tree).map(([key, value]) => `${pad}${keyText(key)}: ${typeof value === 'string' ? quote(value) : formatTree(value, depth + 1)},`);
  return `{\n${lines.join('\n')}\n${'  '.repeat(depth)}}`;
}

/** Writes a Mongolian file with new texts, keeping its header comment, imports and type annotation. */
export function writeMongolian(file: MongolianFile, texts: Map<string, string>): void {
  const rebuild = (tree: Tree, prefix: string): Tree =>
    Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? (texts.get(`${prefix}${key}`) ?? value) : rebuild(value, `${prefix}${key}.`)]));
  writeFileSync(file.file, `${file.head}${formatTree(rebuild(file.messages, ''))}${file.tail}`);
}

export function writeReview(dir: string, review: ReviewRecord): void {
  const sorted = Object.fromEntries(Object.keys(review).sort().map((key) => [key, review[key]]));
  writeFileSync(path.join(dir, REVIEW_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}
