// A day's appointment slots: free places, full, over, or already mine; extended-hours ones marked.
import { Text, View } from '@tarojs/components';
import type { Slot } from '@app/shared';
import { Pressable } from '../ui/Pressable';
import './booking.scss';
import { t } from '../../lib/i18n';

export type SlotStatus = 'free' | 'full' | 'over' | 'mine';

export function slotStatus(slot: Slot, mine: boolean): SlotStatus {
  if (mine) return 'mine';
  if (slot.available > 0) return 'free';
  // The API reports 0 places for a slot that has ended today even when nobody booked it.
  return slot.booked >= slot.capacity ? 'full' : 'over';
}

const statusText = (status: Exclude<SlotStatus, 'free'>): string => t(`booking.slot.${status}`);

interface Props {
  slots: Slot[];
  /** Start times I already hold on this day at this point. */
  mine: ReadonlySet<string>;
  onPick: (slot: Slot) => void;
}

export default function SlotList({ slots, mine, onPick }: Props) {
  return (
    <View className='booking-slots'>
      {slots.map((slot) => {
        const status = slotStatus(slot, mine.has(slot.time));
        const classes = ['booking-slot', `booking-slot--${status}`, slot.extended ? 'booking-slot-extended' : ''];
        return (
          <Pressable
            key={slot.time}
            disabled={status !== 'free'}
            label={t('booking.slot.label', {
              from: slot.time,
              to: slot.endTime,
              extended: slot.extended ? t('booking.slot.extendedMark') : '',
              status: status === 'free' ? t('booking.slot.book', { n: slot.available }) : statusText(status),
            })}
            className={classes.join(' ').trim()}
            data={{ time: slot.time, status }}
            onPress={() => onPick(slot)}
          >
            <Text className='booking-slot-time'>
              {slot.time}-{slot.endTime}
            </Text>
            {slot.extended && <Text className='booking-extended-mark'>{t('booking.extended')}</Text>}
            <Text className='booking-slot-places'>{status === 'free' ? t('booking.slot.left', { n: slot.available }) : statusText(status)}</Text>
          </Pressable>
        );
      })}
    </View>
  );
}
