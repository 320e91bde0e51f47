// The case a visit is about: 转窗口登记 registers it (the register page links the ticket after
// creating the case), or 关联办件 links an existing case by its number (KDL-…).
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { Ticket } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../booking/bookingText';
import { toast } from '../case/messages';
import { Button } from '../ui/Button';
import { field, heading } from '../../lib/a11y';

const CASE_NUMBER = /^KDL-\d{8}-[0-9A-Z]{6}$/;

export function TicketCase({ ticket, onLinked }: { ticket?: Ticket; onLinked: (t: Ticket) => void }) {
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const noTicket = ticket ? undefined : '请先叫号';
  const linked = ticket?.caseNumber ? `已关联办件 ${ticket.caseNumber}` : undefined;

  const link = async () => {
    if (!ticket) return;
    const caseNumber = number.trim().toUpperCase();
    if (!CASE_NUMBER.test(caseNumber)) return setError('办件编号格式应为 KDL-年月日-六位编码');
    setError(undefined);
    setBusy(true);
    try {
      const answer = await call('linkTicket', { params: { id: ticket.id }, body: { caseNumber } });
      setNumber('');
      toast(`${answer.number} 已关联 ${answer.caseNumber ?? ''}`, 'success');
      onLinked(answer);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const register = () => {
    if (!ticket) return;
    void Taro.navigateTo({ url: `/agent/register/index?ticketId=${encodeURIComponent(ticket.id)}&ticketNumber=${encodeURIComponent(ticket.number)}` });
  };

  const reason = noTicket ?? linked;
  return (
    <View className='qw-card qw-case'>
      <Text className='qw-card-title' {...heading(2)}>
        办件
      </Text>
      {linked && <Text className='qw-linked'>{linked}</Text>}
      <Button block type='primary' fill='outline' className='qw-register' disabled={Boolean(reason)} reason={reason} onClick={register}>
        转窗口登记
      </Button>
      <View className='qw-link-row'>
        <Input {...field('办件编号')} className='qw-case-number' value={number} placeholder='KDL-20261126-XXXXXX' maxLength={21} disabled={Boolean(reason)} onChange={setNumber} />
        <Button type='primary' className='qw-link' disabled={Boolean(reason) || busy} loading={busy} reason={reason} onClick={() => void link()}>
          关联办件
        </Button>
      </View>
      {error && <Text className='qw-error'>{error}</Text>}
      {reason && !linked && <Text className='qw-reason'>{reason}</Text>}
    </View>
  );
}
