// A point's booking calendar as a horizontal strip of date chips: closed days greyed with why
// (休息, a holiday's name, 暂停), 调休 make-up working days marked 班, Saturday extended hours 延时.
import { ScrollView, Text, View } from '@tarojs/components';
import type { BookingDay } from '@app/shared';
import { weekday } from './bookingText';
import './booking.scss';

interface Props {
  today: string;
  days: readonly BookingDay[];
  selected: string | undefined;
  onSelect: (date: string) => void;
}

export default function DateStrip({ today, days, selected, onSelect }: Props) {
  return (
    <ScrollView className='booking-dates' scrollX enhanced showScrollbar={false}>
      {days.map((day) => {
        const classes = [
          'booking-date',
          day.open ? '' : 'booking-date--rest',
          day.makeUp ? 'booking-date--makeup' : '',
          day.date === selected ? 'booking-date--active' : '',
        ];
        return (
          <View
            key={day.date}
            className={classes.join(' ').replace(/\s+/g, ' ').trim()}
            data-date={day.date}
            data-working={day.open ? 'true' : 'false'}
            onClick={() => day.open && onSelect(day.date)}
          >
            <Text className='booking-date-weekday'>{day.date === today ? '今天' : weekday(day.date)}</Text>
            <Text className='booking-date-day'>{Number(day.date.slice(8))}</Text>
            <Text className='booking-date-note'>{day.label}</Text>
          </View>
        );
      })}
    </ScrollView>
  );
}
