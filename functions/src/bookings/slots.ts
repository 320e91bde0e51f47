// The appointment slots (预约时段) a service point offers on a date: pure, no I/O.
import { isWorkingDay, type ServicePoint } from '@app/shared';

export interface SlotTemplate {
  time: string;
  endTime: string;
  capacity: number;
  /** 延时服务: outside regular office hours. */
  extended: boolean;
}

/** Places per regular slot: the agents on a window can serve about this many residents an hour. */
export const REGULAR_CAPACITY = 5;
/** Extended hours run with a skeleton staff. */
export const EXTENDED_CAPACITY = 2;

const regular = (time: string, endTime: string): SlotTemplate => ({ time, endTime, capacity: REGULAR_CAPACITY, extended: false });
const extended = (time: string, endTime: string): SlotTemplate => ({ time, endTime, capacity: EXTENDED_CAPACITY, extended: true });

/** Office hours 9:00-12:00 and 13:30-17:30, in one-hour slots. */
export const REGULAR_SLOTS: readonly SlotTemplate[] = [
  regular('09:00', '10:00'),
  regular('10:00', '11:00'),
  regular('11:00', '12:00'),
  regular('13:30', '14:30'),
  regular('14:30', '15:30'),
  regular('15:30', '16:30'),
  regular('16:30', '17:30'),
];

/** The lunch break and the early evening, at points that publish extended hours. */
export const EXTENDED_SLOTS: readonly SlotTemplate[] = [extended('12:00', '13:30'), extended('17:30', '19:00')];

/**
 * The slots of a point on a date, in time order. Only China working days (调休 make-up days
 * included) have slots; extended slots only where the point publishes extended hours.
 */
export function slotTemplate(point: Pick<ServicePoint, 'hours'>, date: string): SlotTemplate[] {
  if (!isWorkingDay(date)) return [];
  const slots = point.hours.extended ? [...REGULAR_SLOTS, ...EXTENDED_SLOTS] : [...REGULAR_SLOTS];
  return slots.sort((a, b) => a.time.localeCompare(b.time));
}

/** The slot starting at `time` on `date`, if the point offers one. */
export function findSlot(point: Pick<ServicePoint, 'hours'>, date: string, time: string): SlotTemplate | undefined {
  return slotTemplate(point, date).find((s) => s.time === time);
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The wall-clock time (HH:mm) in China at an instant. */
export function chinaTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

/** Whether a slot is over: its date is before today in China, or it is today and has ended. */
export function slotHasEnded(date: string, slot: Pick<SlotTemplate, 'endTime'>, today: string, timeNow: string): boolean {
  return date < today || (date === today && slot.endTime <= timeNow);
}
