// A booking's QR ticket drawn as rows of Views, so it renders the same in WeChat and in the browser.
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrMatrix } from './qr';
import { t } from '../../lib/i18n';
import { ticketPayload } from './bookingText';
import './booking.scss';

export default function BookingQr({ bookingId }: { bookingId: string }) {
  const matrix = useMemo(() => qrMatrix(ticketPayload(bookingId)), [bookingId]);
  return (
    <View className='booking-qr' data-modules={matrix.size} data-payload={ticketPayload(bookingId)}>
      <View className='booking-qr-code'>
        {matrix.rows.map((runs, r) => (
          <View key={r} className='booking-qr-row'>
            {runs.map((run, i) => (
              <View key={i} className={run.dark ? 'booking-qr-dark' : 'booking-qr-light'} style={{ flex: run.length }} />
            ))}
          </View>
        ))}
      </View>
      <Text className='booking-qr-hint'>{t('booking.ticket.qrHint')}</Text>
    </View>
  );
}
