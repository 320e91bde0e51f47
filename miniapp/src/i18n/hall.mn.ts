// The hall display's words in traditional Mongolian: a draft awaiting a native reviewer.
import type { hallZh } from './hall.zh';
import type { Shape } from '../lib/i18n';

export const hallMn: Shape<typeof hallZh> = {
  hall: {
    noCode: 'ᠴᠡᠭ ᠢ ᠵᠢᠭᠠᠭᠠᠳᠤᠢ: ᠬᠠᠶᠢᠭ ᠤᠨ ᠠᠷᠠᠳᠠᠴᠠ ᠴᠡᠭ ᠦᠨ ᠬᠣᠳ ᠨᠡᠮᠡᠭᠲᠦᠨ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ ?code=P01ZWZX',
    notFound: 'ᠲᠡᠷᠡ ᠴᠡᠭ ᠣᠯᠳᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠴᠡᠭ ᠦᠨ ᠬᠣᠳ ᠢ ᠱᠢᠨᠵᠢᠯᠡᠭᠲᠦᠨ',
    title: 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠬᠤ ᠳᠡᠯᠭᠡᠴᠡ',
    calling: 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ',
    goTo: '{{window}} ᠳᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ ᠳᠦ ᠣᠴᠢᠭᠲᠤᠨ',
    idle: 'ᠳᠤᠭᠠᠷ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠠᠨᠬᠠᠷᠠᠵᠤ᠂ ᠲᠡᠰᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠲᠦᠨ',
    waiting: 'ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠣ',
    recent: 'ᠰᠠᠶᠠ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ',
    foot: 'ᠴᠡᠭ ᠦᠨ QR ᠬᠣᠳ ᠢ ᠤᠩᠱᠢᠭᠤᠯᠵᠤ ᠳᠤᠭᠠᠷ ᠠᠪᠤᠭᠲᠤᠨ᠂ ᠭᠤᠷᠪᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠳᠠᠭᠳᠠᠭᠠᠳ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠪᠣᠯ ᠳᠤᠭᠠᠷ ᠣᠨᠭᠬᠣᠷᠴᠢᠨ᠎ᠠ',
    voiceOn: 'ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ',
    voiceIsOn: 'ᠳᠠᠭᠤᠨ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠨᠡᠭᠡᠭᠳᠡᠪᠡ',
  },
};
