// 预约: an open case can be booked for at a service point (its own point when it was entrusted at
// one), so the agent knows who is coming for what and the ticket names the case.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import { stateFamily, type CaseDetail } from '@app/shared';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';
import { localized } from '../../lib/localized';

export function BookForCase({ detail }: { detail: CaseDetail }) {
  if (stateFamily(detail.state) !== 'open') return null;
  const query = [`caseId=${encodeURIComponent(detail.id)}`, detail.servicePointId ? `pointId=${encodeURIComponent(detail.servicePointId)}` : ''].filter(Boolean).join('&');
  return (
    <View className='case-card-block case-book'>
      <View className='case-book-text'>
        <Text className='case-block-title'>{t('caseView.book.title')}</Text>
        <Text className='case-hint'>
          {t('caseView.book.hint', { point: detail.servicePointName ? localized(detail.servicePointName, (detail as { servicePointNameMn?: string }).servicePointNameMn) : t('caseView.book.anyPoint') })}
        </Text>
      </View>
      <Button className='case-book-button' type='primary' size='small' onClick={() => Taro.navigateTo({ url: `/resident/booking/index?${query}` })}>
        {t('caseView.book.button')}
      </Button>
    </View>
  );
}
