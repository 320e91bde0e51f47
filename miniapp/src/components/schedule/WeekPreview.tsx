// What residents will see: the next days of the booking calendar under the draft schedule, each
// with its slots and places (or why it is closed), computed with the shared day plan.
import { Text, View } from '@tarojs/components';
import { addCalendarDays, dayPlan, type PointSchedule, type WorkCalendar } from '@app/shared';
import { dayLabel } from '../booking/bookingText';

export function WeekPreview({ schedule, calendar, from, days = 7 }: { schedule: PointSchedule; calendar: WorkCalendar; from: string; days?: number }) {
  return (
    <View className='sch-week'>
      {Array.from({ length: days }, (_, i) => {
        const date = addCalendarDays(from, i);
        const plan = dayPlan(schedule, calendar, date);
        return (
          <View key={date} className={`sch-day${plan.open ? '' : ' sch-day--closed'}`} data-date={date}>
            <Text className='sch-day-date'>{dayLabel(date)}</Text>
            <Text className='sch-day-slots'>
              {plan.open ? plan.slots.map((s) => `${s.time}${s.extended ? '延' : ''}×${s.capacity}`).join('  ') : plan.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
