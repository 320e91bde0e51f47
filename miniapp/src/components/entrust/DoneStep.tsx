// Step 6 确认: the case number, the item, who handles it, the commitment deadline, and what to do next.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import type { CaseDetail } from '@app/shared';
import { deadlineText, stateLabel } from '../../lib/format';

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
        <Text className='entrust-done-title'>委托已提交</Text>
        <Text className='entrust-done-state'>{stateLabel(detail.state)}</Text>
      </View>
      <View className='entrust-summary'>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>办件编号</Text>
          <Text className='entrust-summary-value entrust-case-number'>{detail.number}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>办理事项</Text>
          <Text className='entrust-summary-value'>{detail.itemName}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>承办人</Text>
          <Text className='entrust-summary-value entrust-handler'>{handler ? handler.name : '部门待分派'}</Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>承办单位</Text>
          <Text className='entrust-summary-value'>
            {detail.departmentName}
            {detail.servicePointName ? `（${detail.servicePointName}受理）` : ''}
          </Text>
        </View>
        <View className='entrust-summary-row'>
          <Text className='entrust-summary-label'>承诺时限</Text>
          <Text className='entrust-summary-value'>
            {detail.deadline ? deadlineText(detail.deadline) : `${detail.commitmentDays} 个工作日，自受理之日起计算`}
          </Text>
        </View>
      </View>
      <Text className='entrust-hint'>工作人员受理后会通过消息通知您，请留意办理进度；需要补充材料时也会通知您。</Text>
      <View className='entrust-done-actions'>
        <Button className='entrust-view-case' type='primary' block onClick={viewCase}>
          查看办件
        </Button>
        {detail.serviceMode === 'appointment' && (
          <Button className='entrust-book' block fill='outline' onClick={book}>
            预约到窗口
          </Button>
        )}
      </View>
    </View>
  );
}
