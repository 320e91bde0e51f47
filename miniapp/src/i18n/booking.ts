// Registers the booking messages when a page that shows a booking loads (imported for its effect).
import { registerMessages } from '../lib/i18n';
import { bookingMn } from './booking.mn';
import { bookingZh } from './booking.zh';

registerMessages(bookingZh, bookingMn);
