// The year's month grid as the arrangement leaves it: 放假 days red, 调休上班 days orange with 班,
// ordinary weekends grey. Drawn from the shared calendar arithmetic, so it is what deadlines will count.
import { Text, View } from '@tarojs/components';
import { dayKind, isoWeekday, type WorkCalendar } from '@app/shared';
import { group, image } from '../../lib/a11y';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

function monthDates(year: number, month: number): string[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`);
}

function Month({ calendar, year, month }: { calendar: WorkCalendar; year: number; month: number }) {
  const dates = monthDates(year, month);
  const blanks = isoWeekday(dates[0]) - 1;
  const rest = dates.filter((d) => dayKind(calendar, d).kind === 'holiday').length;
  return (
    <View className='cal-month' {...group('group', `${month}月${rest ? `，放假${rest}天` : ''}`)}>
      <Text className='cal-month-title'>{month}月</Text>
      <View className='cal-grid'>
        {HEAD.map((h) => (
          <Text key={h} className='cal-head'>
            {h}
          </Text>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <Text key={`b${i}`} className='cal-day cal-day--blank' />
        ))}
        {dates.map((d) => {
          const { kind, name } = dayKind(calendar, d);
          return (
            <Text key={d} className={`cal-day cal-day--${kind}`} data-date={d} {...image(`${d}${name ? ` ${name}` : ''}${kind === 'holiday' ? ' 放假' : kind === 'makeUpWorkday' ? ' 调休上班' : ''}`)}>
              {kind === 'makeUpWorkday' ? '班' : Number(d.slice(8))}
            </Text>
          );
        })}
      </View>
    </View>
  );
}

/** The months to draw (1–12); all of them when absent. */
export function MonthGrid({ calendar, year, months }: { calendar: WorkCalendar; year: number; months?: readonly number[] }) {
  return (
    <View className='cal-months'>
      {(months ?? Array.from({ length: 12 }, (_, i) => i + 1)).map((m) => (
        <Month key={m} calendar={calendar} year={year} month={m} />
      ))}
    </View>
  );
}
