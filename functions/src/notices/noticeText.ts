// What a resident's notice says, in Chinese and in traditional Mongolian, side by side. A change
// writes the Chinese summary (as it always did) and, with it, the words' key and values; the
// notifier renders them again in the recipient's recorded language when it delivers (issue 17).
// The Mongolian is a draft for a native reviewer (docs/decisions.md §91): headline first, so that
// WeChat's 20-character thing field, cut on a word boundary, still says what happened (§99).
import type { Language } from '@app/shared';

/** U+202F joins a case suffix to its word; U+180E separates a final -a/-e (Unicode's Mongolian model). */
const S = '\u202F';
const A = '\u180E\u1820';
const E = '\u180E\u1821';

/** Why a booking lost its place, where the change says it in its own words (closures carry their label). */
export const SLOT_GONE = { zh: '网点调整了办公时间，该时段不再开放', mn: `ᠴᠡᠭ ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠢᠶᠠᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠪᠡ᠂ ᠲᠡᠷᠡ ᠴᠠᠭ ᠨᠡᠭᠡᠭᠡᠯᠲᠡ ᠦᠭᠡᠢ` } as const;
export const FEWER_PLACES = { zh: '网点减少了该时段的接待人数', mn: `ᠴᠡᠭ ᠲᠡᠷᠡ ᠴᠠᠭ ᠤᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠲᠣᠭ${A} ᠶᠢ ᠴᠥᠭᠡᠳᠬᠡᠪᠡ` } as const;
const WHY_MN = new Map<string, string>([SLOT_GONE, FEWER_PLACES].map((w) => [w.zh, w.mn]));

type Params = Record<string, string | number>;
type Words = { zh: (p: Params) => string; mn: (p: Params) => string };

/** Every resident-facing notice sentence; `{…}` values are data (names, dates, numbers) and stay as entered. */
export const WORDS = {
  caseAccepted: {
    zh: (p) => `${p.agent}已受理您的委托`,
    mn: (p) => `ᠬᠡᠷᠡᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠄ ${p.agent}`,
  },
  supplementRequested: {
    zh: (p) => `请补正材料：${p.materials}`,
    mn: (p) => `ᠪᠠᠷᠢᠮᠲᠠ ᠨᠥᠬᠥᠭᠡᠷᠡᠢ᠄ ${String(p.materials).split('、').join('᠂ ')}`,
  },
  resultReady: {
    zh: (p) => `办理结果已反馈：${p.item}`,
    mn: (p) => `ᠦᠷ${E} ᠳᠦᠩ ᠭᠠᠷᠪᠠ᠄ ${p.item}`,
  },
  deadlineAdjusted: {
    zh: (p) => `办结时限调整为${p.due}`,
    mn: (p) => `ᠬᠤᠭᠤᠴᠠᠭ${A} ᠰᠣᠯᠢᠪᠠ᠄ ${p.due}`,
  },
  bookingReminder: {
    zh: (p) => `预约提醒：${p.point} ${p.date} ${p.time}`,
    mn: (p) => `ᠵᠠᠬᠢᠶᠠᠯᠭ${A} ${p.date} ${p.time}᠄ ${p.point}`,
  },
  bookingCancelled: {
    zh: (p) => `${p.point} ${p.date} ${p.time}的预约已取消：${p.why}`,
    mn: (p) => `ᠵᠠᠬᠢᠶᠠᠯᠭ${A} ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠄ ${p.point} ${p.date} ${p.time}᠂ ${WHY_MN.get(String(p.why)) ?? p.why}`,
  },
  opinionAnswered: {
    zh: (p) => `您的${p.kind}已获回复：${p.snippet}`,
    mn: (p) => `ᠬᠠᠷᠢᠭᠤ ᠢᠷᠡᠪᠡ᠄ ${p.snippet}`,
  },
  rectificationReported: {
    zh: (p) => `您的评价已收到，整改情况已反馈：${p.item}`,
    mn: (p) => `ᠵᠠᠰᠠᠯᠲᠠ${S}ᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ ᠢᠯᠡᠭᠡᠪᠡ᠄ ${p.item}`,
  },
  ticketCalled: {
    zh: (p) => `${Number(p.calls) > 1 ? `第 ${p.calls} 次叫号：` : ''}请到 ${p.window} 号窗口办理（${p.number}）`,
    mn: (p) => `${p.window} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ${S}ᠳᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ (${p.number})${Number(p.calls) > 1 ? ` ${p.calls} ᠳᠤᠭᠠᠷ ᠤᠳᠠᠭ${A} ᠳᠠᠭᠤᠳᠠᠪᠠ` : ''}`,
  },
  ticketNext: {
    zh: (p) => `下一位就是您，请留意叫号（${p.number}）`,
    mn: (p) => `ᠳᠠᠷᠠᠭ${A} ᠨᠢ ᠲᠠ᠂ ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ${S}ᠶᠢ ᠠᠨᠬᠠᠷᠠᠭᠠᠷᠠᠢ (${p.number})`,
  },
  ticketAhead: {
    zh: (p) => `前面还有 ${p.ahead} 人，请留意叫号（${p.number}）`,
    mn: (p) => `ᠡᠮᠦᠨ${E} ${p.ahead} ᠬᠦᠮᠦᠨ ᠪᠠᠢᠨ${A}᠂ ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ${S}ᠶᠢ ᠠᠨᠬᠠᠷᠠᠭᠠᠷᠠᠢ (${p.number})`,
  },
} satisfies Record<string, Words>;

export type NoticeTextKey = keyof typeof WORDS;
export const NOTICE_TEXT_KEYS = Object.keys(WORDS) as NoticeTextKey[];

/** The words of a notice as stored on its outbox item: rendered again per recipient at delivery. */
export interface NoticeText {
  key: NoticeTextKey;
  params: Params;
}

/**
 * The inbox line's length in characters (the notice list shows one short line); Mongolian words are
 * about twice as long as the Chinese that says the same, so its line may be too.
 */
export const SUMMARY_MAX: Readonly<Record<Language, number>> = { zh: 60, mn: 120 };

const MONGOLIAN = /[\u1800-\u18AF]/;
/** What shapes the letter before it (free variation selectors, the vowel separator, ZWNJ/ZWJ): never cut before it. */
const BINDS_BACK = /[\u180B-\u180F\u200C\u200D]/;
/** What shapes or joins the letter after it (the vowel separator, ZWNJ/ZWJ, U+202F): never cut after it. */
const BINDS_FORWARD = /[\u180E\u200C\u200D\u202F]/;

/**
 * The longest start of `text` within `limit` characters (code points, as WeChat and people count
 * them). Mongolian is cut where a word ends (a space), never inside a word, so a letter never
 * loses the shape its position gives it and a suffix never hangs without its stem; a single word
 * longer than the limit loses its suffixes first (before U+202F), and only then is cut between
 * letters, never next to a joiner. Other text is cut at the limit, as before.
 */
export function fitText(text: string, limit: number): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  if (!MONGOLIAN.test(text)) return chars.slice(0, limit).join('');
  for (const boundary of [' ', '\u202F']) {
    for (let end = limit; end > 0; end -= 1) {
      if (chars[end] === boundary) return chars.slice(0, end).join('').trimEnd();
    }
  }
  for (let end = limit; end > 0; end -= 1) {
    if (!BINDS_FORWARD.test(chars[end - 1]) && !BINDS_BACK.test(chars[end])) return chars.slice(0, end).join('');
  }
  return '';
}

/** The sentence of a notice's words in a language, fitted to the inbox line. */
export function renderNotice(text: NoticeText, language: Language): string {
  const words: Words | undefined = (WORDS as Record<string, Words>)[text.key];
  // An outbox item written by a newer build, read by an older one: its stored Chinese is used.
  if (!words) return '';
  return fitText(words[language](text.params), SUMMARY_MAX[language]);
}

/** A notice's Chinese summary (stored as before) and its words for rendering in another language. */
export function noticeWords(key: NoticeTextKey, params: Params): { summary: string; text: NoticeText } {
  const text = { key, params };
  return { summary: renderNotice(text, 'zh'), text };
}
