// Wall-clock helpers for appointment slots. Which slots a point offers on a date is the pure
// `dayPlan` of its schedule on the official calendar (shared/src/schedule.ts).
import type { SlotTemplate } from '@app/shared';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The wall-clock time (HH:mm) in China at an instant. */
export function chinaTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

/** Whether a slot is over: its date is before today in China, or it is today and has ended. */
export function slotHasEnded(date: string, slot: Pick<SlotTemplate, 'endTime'>, today: string, timeNow: string): boolean {
  return date < today || (date === today && slot.endTime <= timeNow);
}
