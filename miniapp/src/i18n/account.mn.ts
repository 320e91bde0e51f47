// The account page's words in traditional Mongolian: a draft awaiting a native reviewer.
import type { accountZh } from './account.zh';
import type { Shape } from '../lib/i18n';

export const accountMn: Shape<typeof accountZh> = {
  account: {
    title: 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠳᠤ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
    hint: 'ᠨᠡᠪᠲᠡᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠬᠡᠷᠡᠭ ᠳᠠᠭᠠᠯᠭᠠᠬᠤ᠂ ᠴᠡᠭ ᠲᠦ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ᠂ ᠬᠡᠷᠡᠭ ᠦᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠦᠵᠡᠬᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠦᠬᠦᠯᠢ ᠳᠦ ᠲᠥᠯᠪᠦᠷᠢ ᠦᠭᠡᠢ᠃',
    current: 'ᠣᠳᠣ ᠨᠡᠪᠲᠡᠷᠡᠭᠰᠡᠨ: {{name}} ({{role}})',
    signOut: 'ᠨᠡᠪᠲᠡᠷᠡᠯ ᠡᠴᠡ ᠭᠠᠷᠬᠤ',
    wechat: 'ᠸᠢᠴᠠᠲ ᠢᠶᠠᠷ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
    wechatFailed: 'ᠨᠡᠪᠲᠡᠷᠡᠵᠦ ᠴᠠᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠱᠢᠭᠠᠷᠠᠢ',
    privacy: 'ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠢ ᠵᠥᠪᠬᠡᠨ ᠲᠠᠨ ᠤ ᠳᠠᠭᠠᠯᠭᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ ᠢ ᠪᠦᠲᠦᠭᠡᠬᠦ ᠳᠦ ᠬᠡᠷᠡᠭᠯᠡᠨ᠎ᠡ᠂ ᠨᠠᠷᠢᠨ ᠢ ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠭᠡᠷ᠎ᠡ ᠬᠡᠯᠡᠴᠡᠭᠡᠷ ᠪᠠ ᠨᠢᠭᠤᠴᠠ ᠶᠢᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠠᠴᠠ ᠦᠵᠡᠭᠦᠯᠡᠢ᠃',
    noDemoUsers: 'ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠵᠢᠱᠢᠶ᠎ᠡ ᠳᠠᠩᠰᠠ ᠦᠭᠡᠢ',
    demoTitle: 'ᠲᠤᠰ ᠭᠠᠵᠠᠷ ᠤᠨ ᠵᠢᠱᠢᠶ᠎ᠡ ᠣᠷᠴᠢᠨ: ᠨᠢᠭᠡ ᠳᠠᠩᠰᠠ ᠰᠣᠩᠭᠣᠵᠤ ᠨᠡᠪᠲᠡᠷᠡᠭᠲᠦᠨ',
    signInAs: '{{name}} ᠪᠡᠷ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ᠂ {{description}}',
    signingIn: 'ᠨᠡᠪᠲᠡᠷᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ…',
    roles: {
      resident: 'ᠢᠷᠭᠡᠳ ᠪᠠ ᠠᠵᠤ ᠠᠬᠤᠢ',
      agent: 'ᠣᠷᠣᠯᠠᠨ ᠬᠢᠵᠦ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠠᠵᠢᠯᠲᠠᠨ',
      bureau: 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ',
    },
  },
};
