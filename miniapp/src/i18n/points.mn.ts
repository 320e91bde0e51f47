// The service points list's words in traditional Mongolian: a draft awaiting a native reviewer.
import type { pointsZh } from './points.zh';
import type { Shape } from '../lib/i18n';

export const pointsMn: Shape<typeof pointsZh> = {
  points: {
    levels: 'ᠴᠡᠭ ᠦᠨ ᠳᠡᠰ ᠦᠶ᠎ᠡ',
    nearestFirst: 'ᠲᠠᠨ ᠠᠴᠠ ᠣᠶᠢᠷ᠎ᠠ ᠠᠴᠠ ᠬᠣᠯᠠ ᠶᠢᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠪᠠ',
    empty: 'ᠡᠨᠡ ᠳᠡᠰ ᠲᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠴᠡᠭ ᠦᠭᠡᠢ',
    parent: 'ᠬᠠᠷᠢᠶᠠᠯᠠᠭᠳᠠᠬᠤ: {{name}}',
    address: 'ᠬᠠᠶᠢᠭ: {{address}}',
    hours: 'ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ: {{hours}}',
    extended: 'ᠤᠷᠲᠤᠰᠭᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ',
    callLabel: '{{name}} ᠤᠨ {{phone}} ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ',
    phone: 'ᠤᠲᠠᠰᠤ:',
    call: 'ᠤᠲᠠᠰᠤᠳᠠᠬᠤ',
    metres: '{{n}} ᠮᠧᠲᠷ',
    kilometres: '{{n}} ᠻᠢᠯᠣᠮᠧᠲᠷ',
  },
};
