// The notices page's words in traditional Mongolian: a draft awaiting a native reviewer.
import type { noticesZh } from './notices.zh';
import type { Shape } from '../lib/i18n';

export const noticesMn: Shape<typeof noticesZh> = {
  notices: {
    unread: '{{n}} ᠤᠩᠱᠢᠭᠳᠠᠭᠠᠳᠤᠢ',
    allRead: 'ᠪᠦᠭᠦᠳᠡ ᠤᠩᠱᠢᠭᠳᠠᠪᠠ',
    markAllRead: 'ᠪᠦᠭᠦᠳᠡ ᠶᠢ ᠤᠩᠱᠢᠭᠰᠠᠨ ᠪᠣᠯᠭᠠᠬᠤ',
    signIn: 'ᠨᠡᠪᠲᠡᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠮᠡᠳᠡᠭᠡ ᠪᠡᠨ ᠦᠵᠡᠨ᠎ᠡ',
    goSignIn: 'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
    empty: 'ᠮᠡᠳᠡᠭᠡ ᠦᠭᠡᠢ',
    unreadMark: 'ᠤᠩᠱᠢᠭᠳᠠᠭᠠᠳᠤᠢ',
  },
};
