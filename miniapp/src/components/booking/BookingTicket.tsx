// One booking as a ticket: the short number read out at the window (K07-023) shown big, where and
// when, the item and case it is for, its state, and for a live one the QR code.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { Booking } from '@app/shared';
import type { ReactNode } from 'react';
import BookingQr from './BookingQr';
import { bookingTone, dayLabel, toneLabel } from './bookingText';
import { t } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import '../../i18n/booking';
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
        <Text className='booking-ticket-point'>{localized(booking.pointName, (booking as { pointNameMn?: string }).pointNameMn)}</Text>
        <Tag className='booking-state' {...TAG_PROPS[tone]}>
          {toneLabel(tone)}
        </Tag>
      </View>
      <View className='booking-ticket-number'>
        <Text className='booking-ticket-number-label'>{t('booking.ticket.number')}</Text>
        <Text className='booking-number' userSelect>
          {booking.number ?? t('booking.ticket.pending')}
        </Text>
        <Text className='booking-ticket-number-hint'>{t('booking.ticket.tellNumber')}</Text>
      </View>
      <View className='booking-ticket-row'>
        <Text className='booking-ticket-label'>{t('booking.ticket.date')}</Text>
        <Text className='booking-ticket-date'>{dayLabel(booking.date)}</Text>
      </View>
      <View className='booking-ticket-row'>
        <Text className='booking-ticket-label'>{t('booking.ticket.time')}</Text>
        <Text className='booking-ticket-time'>
          {booking.time}-{booking.endTime}
        </Text>
        {booking.extended && <Text className='booking-extended-mark'>{t('booking.extended')}</Text>}
      </View>
      {booking.itemName && (
        <View className='booking-ticket-row'>
          <Text className='booking-ticket-label'>{t('booking.ticket.item')}</Text>
          <Text className='booking-ticket-item'>{localized(booking.itemName, (booking as { itemNameMn?: string }).itemNameMn)}</Text>
        </View>
      )}
      {booking.caseNumber && (
        <View className='booking-ticket-row'>
          <Text className='booking-ticket-label'>{t('booking.ticket.case')}</Text>
          <Text className='booking-ticket-case'>{booking.caseNumber}</Text>
        </View>
      )}
      {booking.cancelReason && (
        <View className='booking-ticket-row booking-ticket-reason'>
          <Text className='booking-ticket-label'>{t('booking.ticket.reason')}</Text>
          <Text>{booking.cancelReason}</Text>
        </View>
      )}
      {tone === 'live' && <BookingQr bookingId={booking.id} />}
      {children && <View className='booking-ticket-actions'>{children}</View>}
    </View>
  );
}
