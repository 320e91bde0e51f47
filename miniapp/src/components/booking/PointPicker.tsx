// Choosing a service point to book at, grouped by level of the three-level network.
import { Text, View } from '@tarojs/components';
import { Level, type ServicePoint } from '@app/shared';
import { t } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import { Pressable } from '../ui/Pressable';
import './booking.scss';

interface Props {
  points: ServicePoint[];
  onPick: (point: ServicePoint) => void;
}

export default function PointPicker({ points, onPick }: Props) {
  return (
    <View className='booking-points'>
      {Level.values.map((level) => {
        const group = points.filter((p) => p.level === level);
        if (group.length === 0) return null;
        return (
          <View key={level} className='booking-point-group'>
            <Text className='booking-point-group-title'>{t(`vocab.level.${level}`)}</Text>
            {group.map((point) => (
              <Pressable key={point.id} className='booking-point-option' data={{ 'point-id': point.id }} onPress={() => onPick(point)}>
                <Text className='booking-point-option-name'>{localized(point.name, (point as { nameMn?: string }).nameMn)}</Text>
                <Text className='booking-point-option-address'>{localized(point.address, (point as { addressMn?: string }).addressMn)}</Text>
                {point.hours.extended && <Text className='booking-extended-mark'>{t('booking.extended')}</Text>}
              </Pressable>
            ))}
          </View>
        );
      })}
    </View>
  );
}
