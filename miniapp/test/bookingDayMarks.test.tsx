// The booking calendar's date chips in the reader's language (issue 17): the API labels its days in
// Chinese (班, 延时, 6月, 休息, 暂停, a holiday's name); a Mongolian reader sees each mark in
// Mongolian, a holiday's Chinese name after the Mongolian word for holiday, and a Chinese reader the
// same marks as before.
import { render } from '@testing-library/react';
import type { BookingDay } from '@app/shared';
import DateStrip from '../src/components/booking/DateStrip';
import '../src/i18n/booking';
import { setLanguage } from '../src/lib/i18n';

const day = (date: string, facts: Partial<BookingDay>): BookingDay =>
  ({ date, open: true, makeUp: false, holiday: false, extendedOnly: false, provisional: false, label: '', ...facts }) as BookingDay;

/** A week as the API answers it: a working day, a make-up day, Saturday's extended hours, a rest day, a holiday, an unnamed holiday, a closure. */
const DAYS: BookingDay[] = [
  day('2026-10-09', { label: '10月' }),
  day('2026-10-10', { makeUp: true, label: '班' }),
  day('2026-10-17', { extendedOnly: true, label: '延时' }),
  day('2026-10-18', { open: false, label: '休息' }),
  day('2026-10-01', { open: false, holiday: true, label: '国庆节' }),
  day('2026-10-02', { open: false, holiday: true, label: '假日' }),
  day('2026-10-12', { open: false, label: '暂停' }),
];

const marks = () => {
  const { container } = render(<DateStrip today='2026-10-09' days={DAYS} selected={undefined} onSelect={jest.fn()} />);
  return [...container.querySelectorAll('.booking-date-note')].map((n) => n.textContent);
};
const HAN = /\p{Script=Han}/u;

afterEach(() => setLanguage('zh'));

test('a Chinese reader sees the calendar’s own marks', () => {
  setLanguage('zh');
  expect(marks()).toEqual(['10月', '班', '延时', '休息', '国庆节', '假日', '暂停']);
});

test('a Mongolian reader sees every mark in Mongolian, a holiday’s Chinese name after the word for holiday', () => {
  setLanguage('mn');
  const shown = marks();
  const holiday = 'ᠪᠠᠶᠠᠷ\u202Fᠤᠨ ᠡᠳᠦᠷ';
  expect(shown[4]).toBe(`${holiday} 国庆节`);
  expect(shown[5]).toBe(holiday);
  expect(shown[0]).toMatch(/^10 ᠰᠠᠷ/);
  for (const [i, mark] of shown.entries()) if (i !== 4) expect({ mark, han: HAN.test(mark!) }).toEqual({ mark, han: false });
  expect(new Set(shown).size).toBe(shown.length);
});
