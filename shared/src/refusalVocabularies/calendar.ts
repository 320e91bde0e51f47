// The refusals of calendar: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** Why a calendar publish is refused (the `reason` of a 409). */
export const CalendarRefusal = vocabulary({ calendarChanged: '该年度安排已被他人更新，请刷新后重新编辑' });
export type CalendarRefusal = z.infer<typeof CalendarRefusal.schema>;
