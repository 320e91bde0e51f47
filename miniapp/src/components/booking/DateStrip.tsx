// The next days as a horizontal strip of chips: rest days greyed, 调休 make-up working days marked 班.
import { ScrollView, Text, View } from '@tarojs/components';
import { addCalendarDays, isWorkingDay } from '@app/shared';
import { useMemo } from 'react';
import { isWeekend, weekday } from './bookingText';
import './booking.scss';

export interface StripDay {
  date: string;
  working: boolean;
  /** A weekend day worked in exchange for a holiday (调休上班). */
  makeUp: boolean;
  /** A weekday that is a public holiday. */
  holiday: boolean;
}

export function stripDays(today: string, count: number): StripDay[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addCalendarDays(today, i);
    const working = isWorkingDay(date);
    const weekend = isWeekend(date);
    return { date, working, makeUp: working && weekend, holiday: !working && !weekend };
  });
}

interface Props {
  today: string;
  days: number;
  selected: string | undefined;
  onSelect: (date: string) => void;
}

export default function DateStrip({ today, days, selected, onSelect }: Props) {
  const strip = useMemo(() => stripDays(today, days), [today, days]);
  return (
    <ScrollView className='booking-dates' scrollX enhanced showScrollbar={false}>
      {strip.map((day) => {
        const classes = ['booking-date', day.working ? '' : 'booking-date--rest', day.date === selected ? 'booking-date--active' : ''];
        return (
          <View
            key={day.date}
            className={classes.join(' ').replace(/\s+/g, ' ').trim()}
            data-date={day.date}
            data-working={day.working ? 'true' : 'false'}
            onClick={() => day.working && onSelect(day.date)}
          >
            <Text className='booking-date-weekday'>{day.date === today ? '今天' : weekday(day.date)}</Text>
            <Text className='booking-date-day'>{Number(day.date.slice(8))}</Text>
            <Text className='booking-date-note'>{day.makeUp ? '班' : day.holiday ? '休' : day.working ? `${Number(day.date.slice(5, 7))}月` : '休息'}</Text>
          </View>
        );
      })}
    </ScrollView>
  );
}
