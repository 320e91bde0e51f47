// The poster's fixed words in both scripts (issue 17 deliverable 4). The Mongolian is a draft for a
// native reader (decisions §91); case suffixes follow U+202F, the colon is the Mongolian ᠄.
import type { HoursWords } from '@app/shared';

const S = '\u202F';

export interface PosterWords {
  title: string;
  instructions: string;
  hours: string;
  extended: string;
  address: string;
  phone: string;
  free: string;
}

export const POSTER_ZH: PosterWords = {
  title: '代办帮办服务点',
  instructions: '微信扫码或手机浏览器扫码，取号、预约、签到、委托办事',
  hours: '办公时间：',
  extended: '延时服务：',
  address: '地址：',
  phone: '电话：',
  free: '代办帮办服务全程免费',
};

export const POSTER_MN: PosterWords = {
  title: `ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ${S}ᠶᠢᠨ ᠴᠡᠭ`,
  instructions: `ᠸᠢᠴᠠᠲ ᠪᠤᠶᠤ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ${S}ᠤ ᠬᠠᠢᠭᠤᠷ${S}ᠢᠶᠠᠷ ᠰᠢᠷᠪᠢᠵᠦ᠄ ᠳᠤᠭᠠᠷ ᠠᠪᠬᠤ᠂ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠬᠢᠬᠦ᠂ ᠪᠦᠷᠢᠳᠭᠡᠬᠦ᠂ ᠬᠡᠷᠡᠭ ᠲᠤᠰᠢᠶᠠᠬᠤ`,
  hours: `ᠠᠵᠢᠯ${S}ᠤᠨ ᠴᠠᠭ᠄ `,
  extended: 'ᠤᠷᠲᠤᠰᠭᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ᠄ ',
  address: 'ᠬᠠᠶᠢᠭ᠄ ',
  phone: 'ᠤᠲᠠᠰᠤ᠄ ',
  free: `ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠦᠬᠦᠯᠢ${S}ᠳᠦ ᠲᠥᠯᠪᠦᠷᠢ ᠦᠭᠡᠢ`,
};

const dotted = (date: string) => date.replace(/-/g, '.');
/** The opening hours in Mongolian, from the same schedule as the Chinese (shared describeHours). */
export const MONGOLIAN_HOURS_WORDS: HoursWords = {
  weekdays: ['ᠨᠢᠭᠡᠨ', 'ᠬᠣᠶᠠᠷ', 'ᠭᠤᠷᠪᠠ', 'ᠳᠥᠷᠪᠡ', 'ᠲᠠᠪᠤ', 'ᠵᠢᠷᠭᠤᠭᠠᠨ', 'ᠡᠳᠦᠷ'].map((day) => `ᠭᠠᠷᠠᠭ${S}ᠤᠨ ${day}`),
  run: (first, last) => `${first}${S}ᠡᠴᠡ ${last} ᠬᠦᠷᠲᠡᠯ`,
  timesSeparator: '᠂ ',
  groupsSeparator: '᠃ ',
  validity: (from, to) => (from || to ? ` (${from ? dotted(from) : ''} – ${to ? dotted(to) : ''})` : ''),
  none: `ᠲᠣᠭᠲᠠᠮᠠᠯ ᠠᠵᠢᠯ${S}ᠤᠨ ᠴᠠᠭ ᠦᠭᠡᠢ᠂ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ`,
};
