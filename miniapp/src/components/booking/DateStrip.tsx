// A point's booking calendar as a horizontal strip of date chips: closed days greyed with why
// (休息, a holiday's name, 暂停), 调休 make-up working days marked 班, Saturday extended hours 延时;
// each mark in the reader's language (dayMark).
import { ScrollView, Text, View } from '@tarojs/components';
import type { BookingDay } from '@app/shared';
import { group } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';
import { monthDay, weekday } from './bookingText';
import { t, tIn } from '../../lib/i18n';
import './booking.scss';

interface Props {
  today: string;
  days: readonly BookingDay[];
  selected: string | undefined;
  onSelect: (date: string) => void;
}

/**
 * A date chip's short mark in the reader's language. The API's label is Chinese (班, 延时, 6月, a
 * holiday's name, 暂停, 休息): the mark is built from the day's facts instead, and a holiday's name,
 * which the calendar keeps in Chinese only, follows the word for holiday.
 */
function dayMark(day: BookingDay): string {
  if (day.open) {
    if (day.makeUp) return t('booking.day.mark.makeUp');
    if (day.extendedOnly) return t('booking.day.mark.extended');
    return t('booking.day.mark.month', { n: Number(day.date.slice(5, 7)) });
  }
  // Closed: the server says 暂停 (a closure), 休息 (a rest day), 假日 (a holiday without a name) or the holiday's name.
  if (day.label === tIn('zh', 'booking.day.mark.closure')) return t('booking.day.mark.closure');
  if (!day.label || day.label === tIn('zh', 'booking.day.mark.rest')) return t('booking.day.mark.rest');
  if (day.label === tIn('zh', 'booking.day.mark.holidayUnnamed')) return t('booking.day.mark.holidayUnnamed');
  return t('booking.day.mark.holiday', { name: day.label });
}

/** What a date chip says to a screen reader: its short mark spelled out. */
function dayNote(day: BookingDay, mark: string): string {
  if (!day.open) return mark === t('booking.day.mark.rest') ? t('booking.day.closed') : t('booking.day.closedNamed', { label: mark });
  if (day.makeUp) return t('booking.day.makeUp');
  return t('booking.day.openNamed', { label: mark });
}

export default function DateStrip({ today, days, selected, onSelect }: Props) {
  return (
    <ScrollView className='booking-dates' scrollX enhanced showScrollbar={false} {...group('radiogroup', t('booking.dates'))}>
      {days.map((day) => {
        const mark = dayMark(day);
        const classes = [
          'booking-date',
          day.open ? '' : 'booking-date--rest',
          day.makeUp ? 'booking-date--makeup' : '',
          day.date === selected ? 'booking-date--active' : '',
        ];
        return (
          <Pressable
            key={day.date}
            role='radio'
            checked={day.date === selected}
            disabled={!day.open}
            label={t('booking.day.dateLabel', { date: monthDay(day.date), weekday: weekday(day.date), today: day.date === today ? t('booking.day.todayMark') : '', note: dayNote(day, mark) })}
            className={classes.join(' ').replace(/\s+/g, ' ').trim()}
            data={{ date: day.date, working: day.open ? 'true' : 'false' }}
            onPress={() => onSelect(day.date)}
          >
            <Text className='booking-date-weekday'>{day.date === today ? t('booking.today') : weekday(day.date)}</Text>
            <Text className='booking-date-day'>{Number(day.date.slice(8))}</Text>
            <Text className='booking-date-note'>{mark}</Text>
          </Pressable>
        );
      })}
    </ScrollView>
  );
}
