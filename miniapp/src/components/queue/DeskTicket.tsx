// 现场取号: for someone without a phone, the agent takes a number in a queue of their point and
// opens its print view. One idempotency key per number wanted: a retried tap never takes two.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Queue } from '@app/shared';
import { useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../booking/bookingText';
import { toast } from '../case/messages';
import { ChipGroup } from '../catalogueAdmin/ChipGroup';
import { Button } from '../ui/Button';
import { heading } from '../../lib/a11y';
import { newIdempotencyKey } from '../../lib/ids';

export function DeskTicket({ queues, onTaken }: { queues: Queue[]; onTaken: () => void }) {
  const open = queues.filter((q) => q.active);
  const [queueId, setQueueId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const chosen = open.find((q) => q.id === queueId);

  const take = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const ticket = await call('deskTicket', { body: { queueId: chosen.id }, idempotencyKey: key.current });
      key.current = newIdempotencyKey();
      onTaken();
      void Taro.navigateTo({ url: `/agent/ticket/index?id=${encodeURIComponent(ticket.id)}` });
    } catch (error) {
      toast(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='qw-card qw-desk'>
      <Text className='qw-card-title' {...heading(2)}>
        现场取号（为没有手机的群众打印号票）
      </Text>
      {open.length === 0 ? (
        <Text className='qw-muted'>本网点没有开放取号的队列</Text>
      ) : (
        <ChipGroup
          label='取号队列'
          className='qw-desk-queues'
          options={open.map((q) => ({ value: q.id, label: `${q.prefix} ${q.name}` }))}
          selected={queueId ? [queueId] : []}
          onToggle={(id) => {
            setQueueId(id);
            key.current = newIdempotencyKey();
          }}
        />
      )}
      <Button block type='primary' fill='outline' className='qw-desk-take' disabled={!chosen || busy} loading={busy} reason={chosen ? undefined : '请先选择队列'} onClick={() => void take()}>
        取号并打印
      </Button>
    </View>
  );
}
