// The Mongolian texts kept on the server (issue 17, decisions §99): notice sentences, refusal and
// validation sentences, the agreement and the poster's fixed words, each beside its Chinese twin,
// so that the translation office reviews them with the app's messages (docs/i18n.md).
// A sentence written as one plain string literal (most refusals, the poster's words) is corrected
// on import in place: only that literal's text changes. The others stay read-only on import: the
// notice sentences are functions of their values, a few sentences share pieces through template
// literals, and the agreement is a signed text whose correction is a new version.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { AGREEMENT_MN, AGREEMENT_ZH, ERROR_MESSAGES, REFUSAL_SENTENCES, type AgreementText } from '@app/shared';
import { ERROR_MESSAGES_MN, ISSUE_SENTENCES_MN, REFUSAL_SENTENCES_MN } from '../../functions/src/lib/errorText';
import { POSTER_MN, POSTER_ZH } from '../../functions/src/network/posterWords';
import { FEWER_PLACES, SLOT_GONE, WORDS } from '../../functions/src/notices/noticeText';

/** Where a server text's string literal is, so that a correction replaces exactly it. */
export interface Literal {
  file: string;
  start: number;
  end: number;
}

/** One server text: its Chinese and Mongolian, and either its literal (writable) or why its words are not rewritten. */
export interface ServerText {
  zh: string;
  mn: string;
  literal?: Literal;
  readOnly?: string;
}

export const SERVER_PREFIX = 'server.';
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_FILES = {
  notices: 'functions/src/notices/noticeText.ts',
  errors: 'functions/src/lib/errorText.ts',
  agreement: 'shared/src/agreementMn.ts',
  poster: 'functions/src/network/posterWords.ts',
} as const;

const BUILT = (file: string) => `此句由程序拼成（模板、共用片段或参数），不能经导入修改；请开发人员在 ${file} 中修改`;
const NEW_VERSION = '协议正文的修改须作为新版本发布（更改 shared/src/agreementMn.ts 的 version），不能经导入修改';

/** A notice's values shown as the app's placeholders ({{agent}}), so that the row reads like the app's. */
const placeholders = new Proxy({} as Record<string, string>, { get: (_target, name) => `{{${String(name)}}}` });

/** A stable key for a sentence known by its Chinese (validation sentences are looked up by their words). */
export const hashOf = (chinese: string) => createHash('sha256').update(chinese).digest('hex').slice(0, 10);

/**
 * The plain string literals of an exported object in a file: property name → literal. A property
 * whose value is built (template with substitutions, a constant) or whose name is computed is absent.
 */
function literalsOf(root: string, file: string, objectName: string): Map<string, { text: string; literal: Literal }> {
  const full = path.join(root, file);
  const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = new Map<string, { text: string; literal: Literal }>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === objectName && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
        const value = property.initializer;
        if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
          found.set(property.name.text, { text: value.text, literal: { file: full, start: value.getStart(source), end: value.end } });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The server's texts; `root` is where their source files are read for corrections (a copy in the tests). */
export function serverTexts(root: string = REPO_ROOT): Map<string, ServerText> {
  const texts = new Map<string, ServerText>();
  const add = (key: string, text: ServerText) => texts.set(`${SERVER_PREFIX}${key}`, text);
  /** A text from an object of plain literals where it is one, read from the file itself; else read-only. */
  const fromObject = (file: string, objectName: string) => {
    const literals = literalsOf(root, file, objectName);
    return (key: string, name: string, zh: string, mn: string) => {
      const literal = literals.get(name);
      add(key, literal ? { zh, mn: literal.text, literal: literal.literal } : { zh, mn, readOnly: BUILT(file) });
    };
  };

  for (const [key, words] of Object.entries(WORDS)) add(`notice.${key}`, { zh: words.zh(placeholders), mn: words.mn(placeholders), readOnly: BUILT(SERVER_FILES.notices) });
  add('notice.why.slotGone', { zh: SLOT_GONE.zh, mn: SLOT_GONE.mn, readOnly: BUILT(SERVER_FILES.notices) });
  add('notice.why.fewerPlaces', { zh: FEWER_PLACES.zh, mn: FEWER_PLACES.mn, readOnly: BUILT(SERVER_FILES.notices) });

  const error = fromObject(SERVER_FILES.errors, 'ERROR_MESSAGES_MN');
  for (const [code, mn] of Object.entries(ERROR_MESSAGES_MN)) error(`error.${code}`, code, ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES], mn);
  const refusal = fromObject(SERVER_FILES.errors, 'REFUSAL_SENTENCES_MN');
  for (const [reason, mn] of Object.entries(REFUSAL_SENTENCES_MN)) refusal(`refusal.${reason}`, reason, REFUSAL_SENTENCES[reason as keyof typeof REFUSAL_SENTENCES], mn);
  const issue = fromObject(SERVER_FILES.errors, 'ISSUE_SENTENCES_MN');
  for (const [zh, mn] of Object.entries(ISSUE_SENTENCES_MN)) issue(`issue.${hashOf(zh)}`, zh, zh, mn);

  const parts = (text: AgreementText): [string, string][] => [
    ['title', text.title],
    ...text.clauses.map((clause, i): [string, string] => [`clause${i + 1}`, clause]),
    ['freeOfCharge', text.freeOfCharge],
    ['dataConsent', text.dataConsent],
  ];
  const chinese = new Map(parts(AGREEMENT_ZH));
  for (const [part, mn] of parts(AGREEMENT_MN)) add(`agreement.${part}`, { zh: chinese.get(part) ?? '', mn, readOnly: NEW_VERSION });

  const poster = fromObject(SERVER_FILES.poster, 'POSTER_MN');
  for (const [field, mn] of Object.entries(POSTER_MN)) poster(`poster.${field}`, field, POSTER_ZH[field as keyof typeof POSTER_ZH], mn);
  return texts;
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** Replaces each corrected literal with the new text, the rest of its file byte for byte as it was. */
export function writeLiterals(corrections: { literal: Literal; text: string }[]): void {
  const byFile = new Map<string, { literal: Literal; text: string }[]>();
  for (const c of corrections) byFile.set(c.literal.file, [...(byFile.get(c.literal.file) ?? []), c]);
  for (const [file, edits] of byFile) {
    let text = readFileSync(file, 'utf8');
    // From the end, so that earlier positions stay valid.
    for (const { literal, text: mn } of [...edits].sort((a, b) => b.literal.start - a.literal.start)) {
      text = `${text.slice(0, literal.start)}${quote(mn)}${text.slice(literal.end)}`;
    }
    writeFileSync(file, text);
  }
}
