// A point's booking calendar as a horizontal strip of date chips: closed days greyed with why
// (休息, a holiday's name, 暂停), 调休 make-up working days marked 班, Saturday extended hours 延时.
import { ScrollView, Text, View } from '@tarojs/components';
import type { BookingDay } from '@app/shared';
import { group } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';
import { weekday } from './bookingText';
import './booking.scss';

interface Props {
  today: string;
  days: readonly BookingDay[];
  selected: string | undefined;
  onSelect: (date: string) => void;
}

/** What a date chip says to a screen reader: its short mark spelled out. */
function dayNote(day: BookingDay): string {
  if (!day.open) return day.label && day.label !== '休息' ? `${day.label}，不可预约` : '休息，不可预约';
  if (day.makeUp) return '调休上班，可预约';
  return day.label ? `${day.label}，可预约` : '可预约';
}

export default function DateStrip({ today, days, selected, onSelect }: Props) {
  return (
    <ScrollView className='booking-dates' scrollX enhanced showScrollbar={false} {...group('radiogroup', '预约日期')}>
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
            label={`${Number(day.date.slice(5, 7))}月${Number(day.date.slice(8))}日 ${weekday(day.date)}${day.date === today ? ' 今天' : ''}，${dayNote(day)}`}
            className={classes.join(' ').replace(/\s+/g, ' ').trim()}
            data={{ date: day.date, working: day.open ? 'true' : 'false' }}
            onPress={() => onSelect(day.date)}
          >
            <Text className='booking-date-weekday'>{day.date === today ? '今天' : weekday(day.date)}</Text>
            <Text className='booking-date-day'>{Number(day.date.slice(8))}</Text>
            <Text className='booking-date-note'>{day.label}</Text>
          </Pressable>
        );
      })}
    </ScrollView>
  );
}
