// Appointments (预约服务) at service points: slots with a capacity, office and extended hours.
import * as z from 'zod';
import { DateSchema, DateTimeSchema, IdSchema } from './common';
import { PointCodeSchema } from './network';

export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

export const SlotSchema = z.object({
  date: DateSchema,
  time: TimeSchema,
  endTime: TimeSchema,
  capacity: z.number().int().min(0),
  booked: z.number().int().min(0),
  available: z.number().int().min(0),
  /** 延时服务: outside regular office hours. */
  extended: z.boolean(),
});
export type Slot = z.infer<typeof SlotSchema>;

export const SlotsQuery = z.strictObject({ date: DateSchema });
export const SlotsResponse = z.object({ pointId: IdSchema, date: DateSchema, workingDay: z.boolean(), slots: z.array(SlotSchema) });

export const BookSlotRequest = z.strictObject({
  pointId: IdSchema,
  date: DateSchema,
  time: TimeSchema,
  caseId: IdSchema.optional(),
});

export const BookingSchema = z.object({
  id: IdSchema,
  pointId: IdSchema,
  pointName: z.string(),
  date: DateSchema,
  time: TimeSchema,
  endTime: TimeSchema,
  extended: z.boolean(),
  caseId: IdSchema.optional(),
  userId: IdSchema,
  state: z.enum(['booked', 'cancelled', 'checkedIn']),
  createdAt: DateTimeSchema,
  cancelledAt: DateTimeSchema.optional(),
  checkedInAt: DateTimeSchema.optional(),
});
export type Booking = z.infer<typeof BookingSchema>;

export const CancelBookingRequest = z.strictObject({});
/** Checking in proves presence: the code comes from the QR code on the point's poster. */
export const CheckInRequest = z.strictObject({ pointCode: PointCodeSchema });
export const ListBookingsResponse = z.object({ bookings: z.array(BookingSchema) });
export const PointBookingsQuery = z.strictObject({ date: DateSchema });
