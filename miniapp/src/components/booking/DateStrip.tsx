// A point's booking calendar as a horizontal strip of date chips: closed days greyed with why
// (休息, a holiday's name, 暂停), 调休 make-up working days marked 班, Saturday extended hours 延时.
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

/** What a date chip says to a screen reader: its short mark spelled out. */
function dayNote(day: BookingDay): string {
  // The calendar's labels come from the API in Chinese: its plain rest day is the Chinese word.
  if (!day.open) return day.label && day.label !== tIn('zh', 'booking.day.rest') ? t('booking.day.closedNamed', { label: day.label }) : t('booking.day.closed');
  if (day.makeUp) return t('booking.day.makeUp');
  return day.label ? t('booking.day.openNamed', { label: day.label }) : t('booking.day.open');
}

export default function DateStrip({ today, days, selected, onSelect }: Props) {
  return (
    <ScrollView className='booking-dates' scrollX enhanced showScrollbar={false} {...group('radiogroup', t('booking.dates'))}>
      {days.map((day) => {
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
            label={t('booking.day.dateLabel', { date: monthDay(day.date), weekday: weekday(day.date), today: day.date === today ? t('booking.day.todayMark') : '', note: dayNote(day) })}
            className={classes.join(' ').replace(/\s+/g, ' ').trim()}
            data={{ date: day.date, working: day.open ? 'true' : 'false' }}
            onPress={() => onSelect(day.date)}
          >
            <Text className='booking-date-weekday'>{day.date === today ? t('booking.today') : weekday(day.date)}</Text>
            <Text className='booking-date-day'>{Number(day.date.slice(8))}</Text>
            <Text className='booking-date-note'>{day.label}</Text>
          </Pressable>
        );
      })}
    </ScrollView>
  );
}
