// 号票打印: a desk number for someone without a phone, as a small paper ticket (58 mm, a receipt
// printer's roll) — the point, the number large, the queue, when taken, who is ahead. In H5 打印
// prints only the ticket (the print stylesheet hides the rest of the page).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { TicketView } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { dayLabel, errorText } from '../../components/booking/bookingText';
import { chinaClock } from '../../components/queue/windowLogic';
import { Button } from '../../components/ui/Button';
import { chinaDate } from '@app/shared';
import { pageClass, useElderly } from '../../lib/elderly';
import './index.scss';

const canPrint = process.env.TARO_ENV === 'h5';

export default function DeskTicketPage() {
  const id = useRouter().params.id ?? '';
  const [elderly] = useElderly();
  const [ticket, setTicket] = useState<TicketView>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!id) return setError('没有指定号码');
    call('getTicket', { params: { id } })
      .then(setTicket)
      .catch((e: unknown) => setError(errorText(e)));
  }, [id]);

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'desk-ticket-page')}>{content}</View>;
  if (!ticket) return page(<Text className={`dt-status${error ? ' dt-error' : ''}`}>{error ?? '加载中…'}</Text>);

  const taken = new Date(ticket.issuedAt);
  return page(
    <>
      <View className='dt-ticket' data-ticket-id={ticket.id}>
        <Text className='dt-point'>{ticket.pointName}</Text>
        <Text className='dt-caption'>排队号码</Text>
        <Text className='dt-number'>{ticket.number}</Text>
        <Text className='dt-queue'>{ticket.queueName}</Text>
        <View className='dt-rule' />
        <Text className='dt-line'>
          取号时间：{dayLabel(chinaDate(taken))} {chinaClock(ticket.issuedAt)}
        </Text>
        <Text className='dt-line dt-ahead'>您前面还有 {ticket.ahead} 人</Text>
        {ticket.ahead > 0 && ticket.estimatedWaitMinutes !== null && <Text className='dt-line'>预计等候约 {ticket.estimatedWaitMinutes} 分钟</Text>}
        <View className='dt-rule' />
        <Text className='dt-note'>请留意大厅叫号屏及语音叫号</Text>
        <Text className='dt-note'>过号请到服务台重新排队（限一次）</Text>
      </View>
      <View className='dt-actions'>
        {canPrint ? (
          <Button block type='primary' className='dt-print' onClick={() => window.print()}>
            打印
          </Button>
        ) : (
          <Text className='dt-hint'>请在电脑浏览器中打开工作台打印号票，或告知群众号码</Text>
        )}
        <Button block fill='outline' className='dt-back' onClick={() => void Taro.navigateBack()}>
          返回窗口叫号
        </Button>
      </View>
    </>,
  );
}
