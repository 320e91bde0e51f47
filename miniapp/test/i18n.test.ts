// 蒙汉双语: every message exists in both languages with the same placeholders, the Mongolian is in
// the Mongolian script, and the converted pages say nothing in Chinese except through the keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Taro from '@tarojs/taro';
import { hallMn } from '../src/i18n/hall.mn';
import { hallZh } from '../src/i18n/hall.zh';
import { mn } from '../src/i18n/mn';
import { residentMn } from '../src/i18n/resident.mn';
import { residentZh } from '../src/i18n/resident.zh';
import { zh } from '../src/i18n/zh';
import { accountMn } from '../src/i18n/account.mn';
import { accountZh } from '../src/i18n/account.zh';
import { noticesMn } from '../src/i18n/notices.mn';
import { noticesZh } from '../src/i18n/notices.zh';
import { opinionsMn } from '../src/i18n/opinions.mn';
import { opinionsZh } from '../src/i18n/opinions.zh';
import { pointsMn } from '../src/i18n/points.mn';
import { pointsZh } from '../src/i18n/points.zh';
import { bookingMn } from '../src/i18n/booking.mn';
import { bookingZh } from '../src/i18n/booking.zh';
import { caseMn } from '../src/i18n/case.mn';
import { caseZh } from '../src/i18n/case.zh';
import { caseViewMn } from '../src/i18n/caseView.mn';
import { caseViewZh } from '../src/i18n/caseView.zh';
import { catalogueMn } from '../src/i18n/catalogue.mn';
import { catalogueZh } from '../src/i18n/catalogue.zh';
import { entrustMn } from '../src/i18n/entrust.mn';
import { entrustZh } from '../src/i18n/entrust.zh';
import '../src/i18n/hall';
import '../src/i18n/resident';
import { adoptLanguage, currentLanguage, setLanguage, t, type MessageKey } from '../src/lib/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The main package's messages and each subpackage's, as one tree per language. */
const zhMessages = leaves({ ...zh, ...residentZh, ...hallZh, ...accountZh, ...pointsZh, ...noticesZh, ...opinionsZh, ...catalogueZh, ...entrustZh, ...caseZh, ...caseViewZh, ...bookingZh } as unknown as Tree);
const mnMessages = leaves({ ...mn, ...residentMn, ...hallMn, ...accountMn, ...pointsMn, ...noticesMn, ...opinionsMn, ...catalogueMn, ...entrustMn, ...caseMn, ...caseViewMn, ...bookingMn } as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Han characters and CJK punctuation (。，：（）…): what a Chinese literal contains. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const MONGOLIAN_LETTER = /[\u1820-\u1878]/;

/** The pages (and the components only they use) whose every visible string goes through a key. */
export const CONVERTED_FILES = [
  'pages/index/index.tsx',
  'components/home/HomeEntry.tsx',
  'components/home/MyEntries.tsx',
  'components/home/ScopeEntries.tsx',
  'components/ui/LanguageSwitch.tsx',
  'resident/point/index.tsx',
  'components/queue/TakeNumber.tsx',
  'components/queue/ticketText.ts',
  'resident/ticket/index.tsx',
  'resident/scorecard/index.tsx',
  'display/hall/index.tsx',
  'resident/login/index.tsx',
  'resident/points/index.tsx',
  'resident/points/distance.ts',
  'resident/notices/index.tsx',
  'resident/opinions/index.tsx',
  'components/opinions/OpinionCard.tsx',
  'components/opinions/OpinionForm.tsx',
  'components/opinions/opinionText.ts',
  // The resident's journey: find an item, entrust it, book, follow the case.
  'resident/items/index.tsx',
  'resident/item/index.tsx',
  'apply/entrust/index.tsx',
  'components/entrust/StepBar.tsx',
  'components/entrust/ServiceStep.tsx',
  'components/entrust/serviceChoice.ts',
  'components/entrust/ContactStep.tsx',
  'components/entrust/contactForm.ts',
  'components/entrust/AgreementStep.tsx',
  'components/entrust/SignatureStep.tsx',
  'components/entrust/SignaturePad.tsx',
  'components/entrust/SubmitStep.tsx',
  'components/entrust/submission.ts',
  'components/entrust/DoneStep.tsx',
  'resident/cases/index.tsx',
  'resident/case/index.tsx',
  'components/case/CaseHeader.tsx',
  'components/case/Timeline.tsx',
  'components/case/caseLogic.ts',
  'components/case/messages.ts',
  'components/case/Materials.tsx',
  'components/case/MaterialRow.tsx',
  'components/case/MaterialFile.tsx',
  'components/case/pickFile.ts',
  'components/case/ResidentActions.tsx',
  'components/case/RatingForm.tsx',
  'components/case/RatingStars.tsx',
  'components/case/WithdrawAction.tsx',
  'components/case/SubTasks.tsx',
  'components/case/BookForCase.tsx',
  'resident/booking/index.tsx',
  'resident/bookings/index.tsx',
  'components/booking/BookingTicket.tsx',
  'components/booking/BookingQr.tsx',
  'components/booking/ConfirmDialog.tsx',
  'components/booking/DateStrip.tsx',
  'components/booking/SlotList.tsx',
  'components/booking/PointPicker.tsx',
  'components/booking/bookingText.ts',
  'lib/localized.ts',
];

describe('the message files', () => {
  it('split by package: the subpackages\' words are not in the main package\'s files', () => {
    expect(Object.keys(zh).sort()).toEqual(['common', 'home', 'language', 'vocab']);
    expect(Object.keys(residentZh).sort()).toEqual(['point', 'queue', 'scorecard', 'ticket']);
    // 我的, the points list, notices and opinions: one namespace each, registered by its page.
    for (const part of [accountZh, pointsZh, noticesZh, opinionsZh]) expect(Object.keys(part)).toHaveLength(1);
    // The journey's namespaces, each in its own file pair (registered by the pages that use them).
    expect([catalogueZh, entrustZh, caseZh, caseViewZh, bookingZh].map((part) => Object.keys(part))).toEqual([['catalogue'], ['entrust'], ['case'], ['caseView'], ['booking']]);
  });

  it('hold the same keys in Chinese and Mongolian', () => {
    expect([...mnMessages.keys()].sort()).toEqual([...zhMessages.keys()].sort());
  });

  it('fill in the same placeholders in both languages', () => {
    for (const [key, text] of zhMessages) expect([key, placeholders(mnMessages.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('write Mongolian in the Mongolian script, with no Chinese left in it (but the name 中文 on the switch)', () => {
    for (const [key, text] of mnMessages) {
      if (key === 'language.zh') continue;
      expect([key, CHINESE.test(text)]).toEqual([key, false]);
      expect([key, MONGOLIAN_LETTER.test(text)]).toEqual([key, true]);
    }
  });
});

describe('a converted page', () => {
  /** The code without its comments: what a page can show. */
  const code = (file: string) =>
    readFileSync(path.join(__dirname, '../src', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

  it.each(CONVERTED_FILES)('%s has no Chinese literal left', (file) => {
    const left = code(file)
      .split('\n')
      .filter((line) => CHINESE.test(line));
    expect(left).toEqual([]);
  });
});

describe('the language switch', () => {
  afterEach(() => setLanguage('zh'));

  it('says the same thing in Mongolian once a resident chooses ᠮᠣᠩᠭᠣᠯ, and remembers it on the device', () => {
    expect(t('home.entries.myCases')).toBe('我的办件');
    setLanguage('mn');
    expect(currentLanguage()).toBe('mn');
    expect(Taro.getStorageSync('language')).toBe('mn');
    expect(t('home.entries.myCases')).toBe(mn.home.entries.myCases);
    expect(t('queue.standing.ahead', { n: 3 })).toBe(residentMn.queue.standing.ahead.replace('{{n}}', '3'));
  });

  it('fills placeholders and leaves nothing unfilled', () => {
    setLanguage('mn');
    const said = t('queue.standing.called' as MessageKey, { window: 4 });
    expect(said).toMatch(/^4 /);
    expect(said).not.toContain('{{');
  });
});

describe('the language at sign-in', () => {
  beforeEach(() => Taro.clearStorageSync());
  afterEach(() => setLanguage('zh'));

  it('adopts the choice on the record (made on another phone) when this device chose nothing', () => {
    adoptLanguage('mn');
    expect(currentLanguage()).toBe('mn');
  });

  it('keeps a choice just made on this device (signed out) over an older one on the record', () => {
    setLanguage('mn');
    adoptLanguage('zh');
    expect(currentLanguage()).toBe('mn');
  });
});
