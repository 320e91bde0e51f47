// The refusals of bookings: a vocabulary of its own module, so that the registry of every
// refusal (refusals.ts) does not pull the capability's schemas into every bundle (decisions §101).
import type * as z from 'zod/mini';
import { vocabulary } from '../vocabulary';

/** How many bookings one person may hold for days still to come. */
export const MAX_LIVE_BOOKINGS = 5;

/** Why a booking (or a change to one) is refused: the `reason` of a 409, worded for the app. */
export const BookingRefusal = vocabulary({
  slotFull: '该时段已约满，请选择其他时段',
  alreadyBookedSlot: '您已预约该时段，可在“我的预约”中查看',
  tooManyLiveBookings: `同时有效预约最多 ${MAX_LIVE_BOOKINGS} 个，请先取消不需要的预约`,
  pointClosed: '该网点当日暂停服务，请选择其他日期',
  notOpenThatDay: '该网点当日不办公，请选择其他日期',
  slotBusy: '该时段预约人数较多，请稍后重试',
  notBooked: '该预约已签到、已取消或已标记未到',
  notBookingDay: '只能在预约当天签到',
  slotNotOver: '预约时段结束后才能标记未到',
  bookingsAffected: '此调整将取消已有预约，请确认后再保存',
});
export type BookingRefusal = z.infer<typeof BookingRefusal.schema>;
