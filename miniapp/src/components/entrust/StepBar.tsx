// Where the resident is in the entrustment: the steps in a row (done ones ticked, the current one
// filled and marked `aria-current`), and in words — "第 2 步，共 6 步：联系方式" — which is all
// 长辈模式 shows, since six steps do not fit a row at its text size.
import { Text, View } from '@tarojs/components';
import { t } from '../../lib/i18n';

export function StepBar({ titles, current }: { titles: readonly string[]; current: number }) {
  return (
    <View className='entrust-steps'>
      <View className='entrust-stepbar'>
        {titles.map((title, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <View key={title} className={`entrust-stepbar-step entrust-stepbar-step--${state}`} {...(state === 'current' ? { 'aria-current': 'step' } : {})}>
              <Text className='entrust-stepbar-number'>{state === 'done' ? '✓' : index + 1}</Text>
              <Text className='entrust-stepbar-title'>{title}</Text>
            </View>
          );
        })}
      </View>
      <Text className='entrust-stepbar-text'>
        {t('entrust.stepOf', { n: current + 1, total: titles.length, title: titles[current] })}
      </Text>
    </View>
  );
}
