// The one rule for free text (shared/src/schemas/common.ts), as properties: what a person can type
// passes and comes out NFC-normalised; a control character, a bidi override or isolate, or a lone
// surrogate anywhere is refused; line breaks and tabs only where the field is paragraphs.
import fc from 'fast-check';
import { DECEPTIVE_TEXT_MESSAGE, LINE_BREAK_MESSAGE, requiredText, text, textProblem } from '../src';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 30 }));

test('text without forbidden characters passes, trimmed and NFC-normalised', () => {
  fc.assert(
    fc.property(anyText.filter((s) => !FORBIDDEN.test(s) && !/[\t\n\r]/.test(s)), (value) => {
      const parsed = text(200).safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toBe(value.normalize('NFC').trim());
    }),
    { numRuns: 500 },
  );
});

test('a forbidden character anywhere is refused, in one-line fields and paragraphs alike', () => {
  fc.assert(
    fc.property(anyText, anyText, fc.oneof(fc.integer({ min: 0, max: 0x9f }), fc.integer({ min: 0x202a, max: 0x202e }), fc.integer({ min: 0x2066, max: 0x2069 }), fc.integer({ min: 0xd800, max: 0xdfff })), (before, after, code) => {
      const bad = String.fromCharCode(code);
      fc.pre(FORBIDDEN.test(bad));
      for (const kind of ['line', 'paragraphs'] as const) {
        const parsed = text(200, kind).safeParse(before + bad + after);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.map((i) => i.message)).toEqual([DECEPTIVE_TEXT_MESSAGE]);
      }
    }),
    { numRuns: 500 },
  );
});

test('line breaks and tabs: refused on one line, kept in paragraphs (CRLF becomes LF)', () => {
  expect(requiredText(30).safeParse('张\n丽').error?.issues[0].message).toBe(LINE_BREAK_MESSAGE);
  expect(requiredText(30).safeParse('张\t丽').error?.issues[0].message).toBe(LINE_BREAK_MESSAGE);
  expect(text(100, 'paragraphs').parse('第一行\r\n第二行\r第三行\t完')).toBe('第一行\n第二行\n第三行\t完');
});

test('scripts of the district pass: Mongolian with its vowel separator and variation selectors, Uyghur, emoji sequences', () => {
  for (const value of ['ᠮᠣᠩᠭᠣᠯ\u180eᠠ', 'ᠪᠠᠭᠠᠲᠤᠷ\u180b', 'ئۇيغۇر', '👨‍👩‍👧', 'क्‍ष']) expect(textProblem(value)).toBeUndefined();
  expect(text(30).parse('王\u202e强gnp.exe'.replace('\u202e', ''))).toBe('王强gnp.exe');
  expect(textProblem('王\u202e强gnp.exe')).toBe(DECEPTIVE_TEXT_MESSAGE);
});
