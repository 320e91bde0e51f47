// A day's appointment slots: free places, full, over, or already mine; extended-hours ones marked.
import { Text, View } from '@tarojs/components';
import type { Slot } from '@app/shared';
import { Pressable } from '../ui/Pressable';
import './booking.scss';

export type SlotStatus = 'free' | 'full' | 'over' | 'mine';

export function slotStatus(slot: Slot, mine: boolean): SlotStatus {
  if (mine) return 'mine';
  if (slot.available > 0) return 'free';
  // The API reports 0 places for a slot that has ended today even when nobody booked it.
  return slot.booked >= slot.capacity ? 'full' : 'over';
}

const STATUS_TEXT: Record<Exclude<SlotStatus, 'free'>, string> = { full: '已约满', over: '已结束', mine: '已预约' };

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
            label={`${slot.time}至${slot.endTime}${slot.extended ? '，延时服务' : ''}，${status === 'free' ? `余${slot.available}个，预约此时段` : STATUS_TEXT[status]}`}
            className={classes.join(' ').trim()}
            data={{ time: slot.time, status }}
            onPress={() => onPick(slot)}
          >
            <Text className='booking-slot-time'>
              {slot.time}-{slot.endTime}
            </Text>
            {slot.extended && <Text className='booking-extended-mark'>延时服务</Text>}
            <Text className='booking-slot-places'>{status === 'free' ? `余${slot.available}个` : STATUS_TEXT[status]}</Text>
          </Pressable>
        );
      })}
    </View>
  );
}
