// Appointments (预约服务) at service points: a point's bookable days and slots (derived from its
// schedule on the official calendar), bookings with a short number read out at the window, and
// the reasons a booking is refused.
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { vocabulary } from '../vocabulary';
import { DateSchema, DateTimeSchema, IdSchema, TimeSchema } from './common';
import { PointCodeSchema } from './network';

export const SlotSchema = lazy(() => z.object({
  date: DateSchema,
  time: TimeSchema,
  endTime: TimeSchema,
  capacity: z.int().check(z.minimum(0)),
  booked: z.int().check(z.minimum(0)),
  available: z.int().check(z.minimum(0)),
  /** 延时服务: outside regular office hours. */
  extended: z.boolean(),
}));
export type Slot = z.infer<typeof SlotSchema>;

/** Shown with every date of a year whose holiday arrangement is not yet published. */
export const PROVISIONAL_BOOKING_NOTE = '该年度节假日安排尚未公布，如遇调整将提前通知您';

export const SlotsQuery = lazy(() => z.strictObject({ date: DateSchema }));
export const SlotsResponse = lazy(() => z.object({
  pointId: IdSchema,
  date: DateSchema,
  /** A working day on the official calendar (调休 make-up days included). */
  workingDay: z.boolean(),
  /** The point serves appointments that day. */
  open: z.boolean(),
  /** Why not, in Chinese (法定节假日, 暂停服务：系统升级, 休息, 超出预约范围 …). */
  closedLabel: z.optional(z.string()),
  /** The date's year has no published arrangement: bookable, with PROVISIONAL_BOOKING_NOTE. */
  provisional: z.boolean(),
  note: z.optional(z.string()),
  slots: z.array(SlotSchema),
}));

/** One date of a point's booking calendar. */
export const BookingDaySchema = lazy(() => z.object({
  date: DateSchema,
  open: z.boolean(),
  /** A short label for the date chip: 班 (make-up working day), 春节, 暂停服务, 休息 … */
  label: z.string(),
  /** The longer reason a closed day is closed, for the page. */
  closedLabel: z.optional(z.string()),
  makeUp: z.boolean(),
  holiday: z.boolean(),
  /** Only extended-hours (延时服务) slots that day, e.g. Saturday mornings. */
  extendedOnly: z.boolean(),
  provisional: z.boolean(),
}));
export type BookingDay = z.infer<typeof BookingDaySchema>;
export const BookingDaysResponse = lazy(() => z.object({
  pointId: IdSchema,
  /** Days ahead bookings open at this point. */
  bookingDays: z.int(),
  days: z.array(BookingDaySchema),
}));

export const BookSlotRequest = lazy(() => z.strictObject({
  pointId: IdSchema,
  date: DateSchema,
  time: TimeSchema,
  caseId: z.optional(IdSchema),
}));

export const BookingState = vocabulary({ booked: '已预约', checkedIn: '已签到', cancelled: '已取消', noShow: '未到' });
export type BookingState = z.infer<typeof BookingState.schema>;

export const BookingSchema = lazy(() => z.object({
  id: IdSchema,
  /** 预约号: the point's short code and the day's sequence, e.g. K07-023 (given once the booking is stored). */
  number: z.optional(z.string()),
  pointId: IdSchema,
  pointName: z.string(),
  date: DateSchema,
  time: TimeSchema,
  endTime: TimeSchema,
  extended: z.boolean(),
  caseId: z.optional(IdSchema),
  caseNumber: z.optional(z.string()),
  itemName: z.optional(z.string()),
  userId: IdSchema,
  state: BookingState.schema,
  createdAt: DateTimeSchema,
  cancelledAt: z.optional(DateTimeSchema),
  /** Why the point or the calendar cancelled it (a resident's own cancellation has none). */
  cancelReason: z.optional(z.string()),
  checkedInAt: z.optional(DateTimeSchema),
  /** The priority queue ticket checking in gave (Y003), at a point that runs 取号叫号. */
  ticketId: z.optional(IdSchema),
  noShowAt: z.optional(DateTimeSchema),
}));
export type Booking = z.infer<typeof BookingSchema>;

export { BookingRefusal, MAX_LIVE_BOOKINGS } from '../refusalVocabularies/bookings';

export const CancelBookingRequest = lazy(() => z.strictObject({}));
/** Checking in proves presence: the code comes from the QR code on the point's poster. */
export const CheckInRequest = lazy(() => z.strictObject({ pointCode: PointCodeSchema }));
/** The point's agent marks a booking whose slot is over and nobody came (未到). */
export const NoShowRequest = lazy(() => z.strictObject({}));
export const ListBookingsResponse = lazy(() => z.object({ bookings: z.array(BookingSchema) }));
export const PointBookingsQuery = lazy(() => z.strictObject({ date: DateSchema }));
export const BookingDaysQuery = lazy(() => z.strictObject({ from: z.optional(DateSchema) }));
