// The language an answer is worded in (issue 17): Chinese, or traditional Mongolian when the
// request's Accept-Language prefers it. The Mongolian sentences are those of ./errorText.ts,
// carried packed (./errorTextPacked.ts) and unpacked on the first Mongolian answer: as source they
// were 20 KB of every HTTP function's bundle, compiled at each cold start (decisions §102).
import { ERROR_MESSAGES, type ErrorCode, type Language, type ValidationIssue } from '@app/shared';
import type { MongolianErrorSentences } from './errorText';
import { MN_ERROR_SENTENCES_BROTLI_BASE64 } from './errorTextPacked';
import { unpackedOnFirstUse } from './packed';

const mongolian = /* @__PURE__ */ unpackedOnFirstUse<MongolianErrorSentences>(MN_ERROR_SENTENCES_BROTLI_BASE64);

/** A named refusal's sentence in a Mongolian answer: its Mongolian, or a staff-only reason's Chinese. */
function refusalSentence(reason: string): string | undefined {
  const { refusals, staffOnly } = mongolian();
  const table: Readonly<Record<string, string>> = Object.hasOwn(refusals, reason) ? refusals : staffOnly;
  return Object.hasOwn(table, reason) ? table[reason] : undefined;
}

/**
 * The language a request asks for: Mongolian when its Accept-Language prefers `mn` (the app sends
 * `mn-Mong`) over `zh`; Chinese otherwise, and when the header is absent or names neither.
 */
export function requestLanguage(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => (r.primary === 'mn' || r.primary === 'zh') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === 'mn' ? 'mn' : 'zh';
}

/** A validation issue's sentence in the language, when it has one there. */
export function issueSentence(message: string, language: Language): string | undefined {
  return language === 'mn' ? mongolian().issues[message] : message;
}

/**
 * The `message` an error answers with. Chinese: the code's sentence, as always (the app words a
 * reason itself). Mongolian: the most specific sentence there is — the reason's, then the first
 * issue's, then the code's; a staff-only reason keeps its Chinese.
 */
export function errorSentence(code: ErrorCode, reason: string | undefined, issues: ValidationIssue[] | undefined, language: Language): string {
  if (language === 'zh') return ERROR_MESSAGES[code];
  const refusal = reason ? refusalSentence(reason) : undefined;
  if (refusal) return refusal;
  const issue = issues?.map((i) => mongolian().issues[i.message]).find(Boolean);
  return issue ?? mongolian().errors[code];
}

/** The issues with their messages in the language where one is known (paths and codes unchanged). */
export function localizedIssues(issues: ValidationIssue[] | undefined, language: Language): ValidationIssue[] | undefined {
  if (!issues || language === 'zh') return issues;
  return issues.map((i) => ({ ...i, message: issueSentence(i.message, language) ?? i.message }));
}
