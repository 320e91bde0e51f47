// 好差评's five levels as five stars, announced as a radio group of the level names (非常满意 …
// 非常不满意): a star is a radio, its name the level it gives; chosen stars are filled (★) and the
// others outlined (☆), so the choice does not rest on colour.
import { Text, View } from '@tarojs/components';
import { RatingLevel } from '@app/shared';
import { group } from '../../lib/a11y';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';
import { Pressable } from '../ui/Pressable';
import { levelForStars } from './caseLogic';
import './case.scss';

export function RatingStars({ stars, onChange }: { stars: number; onChange: (stars: number) => void }) {
  return (
    <View className='rating-stars' {...group('radiogroup', t('caseView.rating.stars'))}>
      {[1, 2, 3, 4, 5].map((n) => {
        const level = levelForStars(n)!;
        return (
          <Pressable
            key={n}
            role='radio'
            checked={stars === n}
            label={t('caseView.rating.star', { n, level: t(`vocab.rating.${level}`) })}
            className={`rating-star${n <= stars ? ' rating-star--on' : ''}`}
            data={{ stars: n }}
            onPress={() => onChange(n)}
          >
            <Text>{n <= stars ? '★' : '☆'}</Text>
          </Pressable>
        );
      })}
    </View>
  );
}
