// Step 6 确认: the case number, the item, who handles it, the commitment deadline, and what to do next.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import type { CaseDetail } from '@app/shared';
import { t } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import { caseDeadlineText } from '../case/caseLogic';

interface Props {
  detail: CaseDetail;
  /** The service point to book at, when the resident came from one. */
  pointId?: string;
}

export function DoneStep({ detail, pointId }: Props) {
  const handler = detail.assignee ?? detail.owner;
  const viewCase = () => Taro.redirectTo({ url: `/resident/case/index?id=${encodeURIComponent(detail.id)}` });
  const book = () => {
    const point = pointId ?? detail.servicePointId;
    const query = `caseId=${encodeURIComponent(detail.id)}${point ? `&pointId=${encodeURIComponent(point)}` : ''}`;
    return Taro.navigateTo({ url: `/resident/booking/index?${query}` });
  };

  return (
    <View className='entrust-section entrust-done'>
      <View className='entrust-done-head'>
        <Text className='entrust-done-title'>{t('entrust.done.title')}</Text>
        <Text className='entrust-done-state'>{t(`case.state.${detail.state}`)}</Text>
      </View>
      <View className='entrust-summary'>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>{t('entrust.done.number')}</Text>
          <Text className='entrust-summary-value entrust-case-number'>{detail.number}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>{t('entrust.done.item')}</Text>
          <Text className='entrust-summary-value'>{localized(detail.itemName, (detail as { itemNameMn?: string }).itemNameMn)}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>{t('entrust.done.handler')}</Text>
          <Text className='entrust-summary-value entrust-handler'>{handler ? handler.name : t('entrust.done.unassigned')}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>{t('entrust.done.unit')}</Text>
          <Text className='entrust-summary-value'>
            {localized(detail.departmentName, (detail as { departmentNameMn?: string }).departmentNameMn)}
            {detail.servicePointName ? t('entrust.done.atPoint', { point: detail.servicePointName }) : ''}
          </Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>{t('entrust.done.deadline')}</Text>
          <Text className='entrust-summary-value'>
            {detail.deadline ? caseDeadlineText(detail.deadline) : t('entrust.done.days', { n: detail.commitmentDays })}
          </Text>
        </View>
      </View>
      <Text className='entrust-hint'>{t('entrust.done.notices')}</Text>
      <View className='entrust-done-actions'>
        <Button className='entrust-view-case' type='primary' block onClick={viewCase}>
          {t('entrust.done.viewCase')}
        </Button>
        {detail.serviceMode === 'appointment' && (
          <Button className='entrust-book' block fill='outline' onClick={book}>
            {t('entrust.done.book')}
          </Button>
        )}
      </View>
    </View>
  );
}
