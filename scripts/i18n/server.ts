// The Mongolian texts kept on the server (issue 17, decisions §99): notice sentences, refusal and
// validation sentences, the agreement and the poster's fixed words, each beside its Chinese twin,
// so that the translation office reviews them with the app's messages. They are exported with
// their review status and may be marked reviewed or draft on import; their words are corrected in
// the source files by a developer (docs/i18n.md, decisions §59): they are TypeScript built from
// template literals and shared constants, not the key/string files the importer rewrites, and the
// agreement's words are a signed text whose change is a new version.
import { createHash } from 'node:crypto';
import {
  AGREEMENT_MN,
  AGREEMENT_ZH,
  ERROR_MESSAGES,
  REFUSAL_SENTENCES,
  type AgreementText,
} from '@app/shared';
import { ERROR_MESSAGES_MN, ISSUE_SENTENCES_MN, REFUSAL_SENTENCES_MN } from '../../functions/src/lib/errorText';
import { POSTER_MN, POSTER_ZH } from '../../functions/src/network/posterWords';
import { FEWER_PLACES, SLOT_GONE, WORDS } from '../../functions/src/notices/noticeText';

/** One server text: its Chinese, its Mongolian draft, the file that holds it, and why the importer leaves its words alone. */
export interface ServerText {
  zh: string;
  mn: string;
  file: string;
  readOnly: string;
}

export const SERVER_PREFIX = 'server.';

const EDIT_IN_SOURCE = '服务端文本的译文须由开发人员在源文件中修改（此处只能标记审校状态）';
const NEW_VERSION = '协议正文的修改须作为新版本发布（更改 shared/src/agreementMn.ts 的 version），不能经导入修改';

/** A notice's values shown as the app's placeholders ({{agent}}), so that the row reads like the app's. */
const placeholders = new Proxy({} as Record<string, string>, { get: (_target, name) => `{{${String(name)}}}` });

/** A stable key for a sentence known by its Chinese (validation sentences are looked up by their words). */
const hashOf = (chinese: string) => createHash('sha256').update(chinese).digest('hex').slice(0, 10);

export function serverTexts(): Map<string, ServerText> {
  const texts = new Map<string, ServerText>();
  const add = (key: string, zh: string, mn: string, file: string, readOnly = EDIT_IN_SOURCE) => texts.set(`${SERVER_PREFIX}${key}`, { zh, mn, file, readOnly });

  const notices = 'functions/src/notices/noticeText.ts';
  for (const [key, words] of Object.entries(WORDS)) add(`notice.${key}`, words.zh(placeholders), words.mn(placeholders), notices);
  add('notice.why.slotGone', SLOT_GONE.zh, SLOT_GONE.mn, notices);
  add('notice.why.fewerPlaces', FEWER_PLACES.zh, FEWER_PLACES.mn, notices);

  const errors = 'functions/src/lib/errorText.ts';
  for (const [code, mn] of Object.entries(ERROR_MESSAGES_MN)) add(`error.${code}`, ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES], mn, errors);
  for (const [reason, mn] of Object.entries(REFUSAL_SENTENCES_MN)) add(`refusal.${reason}`, REFUSAL_SENTENCES[reason as keyof typeof REFUSAL_SENTENCES], mn, errors);
  for (const [zh, mn] of Object.entries(ISSUE_SENTENCES_MN)) add(`issue.${hashOf(zh)}`, zh, mn, errors);

  const agreement = 'shared/src/agreementMn.ts';
  const parts = (text: AgreementText): [string, string][] => [
    ['title', text.title],
    ...text.clauses.map((clause, i): [string, string] => [`clause${i + 1}`, clause]),
    ['freeOfCharge', text.freeOfCharge],
    ['dataConsent', text.dataConsent],
  ];
  const chinese = new Map(parts(AGREEMENT_ZH));
  for (const [part, mn] of parts(AGREEMENT_MN)) add(`agreement.${part}`, chinese.get(part) ?? '', mn, agreement, NEW_VERSION);

  const poster = 'functions/src/network/posterWords.ts';
  for (const [field, mn] of Object.entries(POSTER_MN)) add(`poster.${field}`, POSTER_ZH[field as keyof typeof POSTER_ZH], mn, poster);
  return texts;
}
