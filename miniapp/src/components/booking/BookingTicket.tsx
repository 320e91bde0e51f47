// One booking as a ticket: the short number read out at the window (K07-023) shown big, where and
// when, the item and case it is for, its state, and for a live one the QR code.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { Booking } from '@app/shared';
import type { ReactNode } from 'react';
import BookingQr from './BookingQr';
import { bookingTone, dayLabel, TONE_LABELS } from './bookingText';
import './booking.scss';

/** Blue while usable, green once checked in, quiet grey when it can no longer be used, red for a no-show. */
const TAG_PROPS = {
  live: { type: 'primary' },
  checkedIn: { type: 'success' },
  cancelled: { background: '#f2f3f5', color: '#646a73' },
  expired: { background: '#f2f3f5', color: '#646a73' },
  noShow: { background: '#fdecee', color: '#c0392b' },
} as const;

interface Props {
  booking: Booking;
  className?: string;
  /** Buttons under the ticket (cancel, check in). */
  children?: ReactNode;
}

export default function BookingTicket({ booking, className = '', children }: Props) {
  const tone = bookingTone(booking);
  return (
    <View className={`booking-ticket booking-ticket--${tone} ${className}`.trim()} data-booking-id={booking.id} data-state={booking.state}>
      <View className='booking-ticket-head'>
        <Text className='booking-ticket-point'>{booking.pointName}</Text>
        <Tag className='booking-state' {...TAG_PROPS[tone]}>
          {TONE_LABELS[tone]}
        </Tag>
      </View>
      <View className='booking-ticket-number'>
        <Text className='booking-ticket-number-label'>预约号</Text>
        <Text className='booking-number' userSelect>
          {booking.number ?? '生成中'}
        </Text>
        <Text className='booking-ticket-number-hint'>到窗口报此号码即可</Text>
      </View>
      <View className='booking-ticket-row'>
        <Text className='booking-ticket-label'>日期</Text>
        <Text className='booking-ticket-date'>{dayLabel(booking.date)}</Text>
      </View>
      <View className='booking-ticket-row'>
        <Text className='booking-ticket-label'>时段</Text>
        <Text className='booking-ticket-time'>
          {booking.time}-{booking.endTime}
        </Text>
        {booking.extended && <Text className='booking-extended-mark'>延时服务</Text>}
      </View>
      {booking.itemName && (
        <View className='booking-ticket-row'>
          <Text className='booking-ticket-label'>事项</Text>
          <Text className='booking-ticket-item'>{booking.itemName}</Text>
        </View>
      )}
      {booking.caseNumber && (
        <View className='booking-ticket-row'>
          <Text className='booking-ticket-label'>办件</Text>
          <Text className='booking-ticket-case'>{booking.caseNumber}</Text>
        </View>
      )}
      {booking.cancelReason && (
        <View className='booking-ticket-row booking-ticket-reason'>
          <Text className='booking-ticket-label'>原因</Text>
          <Text>{booking.cancelReason}</Text>
        </View>
      )}
      {tone === 'live' && <BookingQr bookingId={booking.id} />}
      {children && <View className='booking-ticket-actions'>{children}</View>}
    </View>
  );
}
