// The opinions page's words in traditional Mongolian: a draft awaiting a native reviewer.
import type { opinionsZh } from './opinions.zh';
import type { Shape } from '../lib/i18n';

export const opinionsMn: Shape<typeof opinionsZh> = {
  opinions: {
    kinds: {
      suggestion: 'ᠰᠠᠨᠠᠯ',
      complaint: 'ᠭᠣᠮᠳᠠᠯ',
      praise: 'ᠮᠠᠭᠲᠠᠭᠠᠯ',
    },
    states: {
      open: 'ᠬᠠᠷᠢᠭᠤ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ',
      answered: 'ᠬᠠᠷᠢᠭᠤᠯᠠᠪᠠ',
    },
    signIn: 'ᠨᠡᠪᠲᠡᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠰᠠᠨᠠᠯ ᠰᠠᠨᠠᠭᠤᠯᠭ᠎ᠠ ᠭᠠᠷᠭᠠᠨ᠎ᠠ',
    goSignIn: 'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
    write: 'ᠰᠠᠨᠠᠯ ᠭᠠᠷᠭᠠᠬᠤ',
    mine: 'ᠮᠢᠨᠤ ᠰᠠᠨᠠᠯ',
    none: 'ᠲᠠ ᠣᠳᠣ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠰᠠᠨᠠᠯ ᠭᠠᠷᠭᠠᠭᠠᠳᠤᠢ',
    more: 'ᠴᠠᠭᠠᠰ ᠠᠴᠢᠶᠠᠯᠠᠬᠤ',
    sent: 'ᠢᠯᠡᠭᠡᠭᠡᠪᠡ᠂ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠠᠩᠬᠠᠷᠤᠭᠠᠷᠠᠢ',
    card: {
      aboutCase: '{{number}} ᠳᠤᠭᠠᠷ ᠤᠨ ᠬᠡᠷᠡᠭ · {{item}}',
      department: 'ᠭᠣᠮᠳᠠᠯ ᠳᠤ ᠣᠷᠣᠭᠰᠠᠨ ᠰᠠᠯᠪᠠᠷ: {{name}}',
      sentAt: '{{time}} ᠳᠤ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ',
      answer: 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤ',
    },
    form: {
      kind: 'ᠲᠥᠷᠥᠯ',
      content: 'ᠠᠭᠤᠯᠭ᠎ᠠ',
      placeholders: {
        suggestion: 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠳᠦ ᠬᠠᠨᠳᠤᠭᠤᠯᠬᠤ ᠰᠠᠨᠠᠯ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ',
        complaint: 'ᠴᠠᠭ᠂ ᠭᠠᠵᠠᠷ ᠪᠠ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠲᠣᠳᠤᠷᠬᠠᠢ ᠪᠢᠴᠢᠪᠡᠯ ᠱᠠᠯᠭᠠᠨ ᠰᠢᠢᠳᠬᠡᠬᠦ ᠳᠦ ᠳᠥᠬᠥᠮ',
        praise: 'ᠮᠠᠭᠲᠠᠬᠤ ᠬᠦᠮᠦᠨ ᠪᠠ ᠬᠡᠷᠡᠭ ᠢᠶᠡᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ',
      },
      chooseKindFirst: 'ᠡᠬᠢᠯᠡᠭᠡᠳ ᠲᠥᠷᠥᠯ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠳ᠂ ᠰᠠᠨᠠᠯ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ ({{min}} ᠡᠴᠡ ᠳᠣᠣᠭᠤᠷ᠎ᠠ ᠦᠭᠡᠢ ᠦᠰᠦᠭ)',
      aboutCase: 'ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ (ᠰᠣᠩᠭᠣᠯᠲᠠ)',
      aboutCaseGroup: 'ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ',
      noCases: 'ᠲᠠᠨ ᠳᠤ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠂ ᠰᠢᠭᠤᠳ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ',
      noCase: 'ᠬᠡᠷᠡᠭ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠬᠤ ᠦᠭᠡᠢ',
      phone: 'ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ (ᠰᠣᠩᠭᠣᠯᠲᠠ)',
      phoneHint: 'ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠳᠤ ᠳᠥᠬᠥᠮ',
      submit: 'ᠢᠯᠡᠭᠡᠬᠦ',
    },
    errors: {
      kind: 'ᠲᠥᠷᠥᠯ ᠢᠶᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ',
      tooShort: 'ᠠᠭᠤᠯᠭ᠎ᠠ {{min}} ᠡᠴᠡ ᠳᠣᠣᠭᠤᠷ᠎ᠠ ᠦᠭᠡᠢ ᠦᠰᠦᠭ᠂ ᠳᠠᠷᠤᠢ {{n}} ᠦᠰᠦᠭ ᠳᠤᠲᠠᠭᠤ',
      tooLong: 'ᠠᠭᠤᠯᠭ᠎ᠠ {{max}} ᠦᠰᠦᠭ ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠬᠦ ᠦᠭᠡᠢ',
      phone: '11 ᠣᠷᠣᠨ ᠲᠠᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳᠤᠭᠠᠷ ᠢᠶᠠᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ',
      notFound: 'ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠬᠡᠷᠡᠭ ᠪᠤᠶᠤ ᠰᠠᠨᠠᠯ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ',
    },
  },
};
