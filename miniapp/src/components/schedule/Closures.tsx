// 暂停服务: a point's closures (with who set them and why), lifting one, and adding one for a date
// range with a reason. When the days already have bookings the API names them; once confirmed they
// are cancelled and the residents told. Used by the bureau and by the point's own agents.
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import type { Closure, PointSchedule } from '@app/shared';
import { useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { parseDay } from '../calendarAdmin/calendarForm';
import { errorMessage, toast } from '../case/messages';
import { ConfirmCancellations } from './ConfirmCancellations';
import { field } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';

interface Props {
  pointId: string;
  closures: readonly Closure[];
  /** The point's schedule after a change. */
  onChanged: (schedule: PointSchedule) => void;
  today: string;
}

export function Closures({ pointId, closures, onChanged, today }: Props) {
  const year = Number(today.slice(0, 4));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [confirm, setConfirm] = useState<string>();
  const [busy, setBusy] = useState(false);

  const add = async (confirmCancellations = false) => {
    const first = parseDay(year, from);
    const last = parseDay(year, to || from);
    if (!first || !last) return setError('日期格式应为 年-月-日 或 月-日，如 12-8');
    if (!reason.trim()) return setError('请填写暂停服务的原因，如 系统升级');
    setError('');
    setBusy(true);
    try {
      const answer = await call('addPointClosure', { params: { id: pointId }, body: { from: first, to: last, reason: reason.trim(), ...(confirmCancellations ? { confirmCancellations } : {}) } });
      setConfirm(undefined);
      setFrom('');
      setTo('');
      setReason('');
      onChanged(answer.schedule);
      toast(answer.cancelled.length ? `已暂停服务，取消 ${answer.cancelled.length} 个预约并已通知` : '已暂停服务', 'success');
    } catch (e) {
      if (e instanceof ApiCallError && e.reason === 'bookingsAffected') setConfirm(e.issues?.[0]?.message ?? '此调整将取消已有预约');
      else if (e instanceof ApiCallError && e.issues?.length) setError(e.issues[0].message);
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const lift = async (c: Closure) => {
    try {
      onChanged((await call('removePointClosure', { params: { id: pointId, closureId: c.id } })).schedule);
      toast('已恢复服务', 'success');
    } catch (e) {
      toast(errorMessage(e));
    }
  };

  const current = closures.filter((c) => c.to >= today);
  return (
    <View className='cal-card sch-closures'>
      <Text className='ca-label'>暂停服务</Text>
      {current.length === 0 && <Text className='cal-muted'>近期没有暂停服务的安排</Text>}
      {current.map((c) => (
        <View key={c.id} className='sch-closure' data-closure-id={c.id}>
          <Text className='sch-closure-text'>
            {c.from === c.to ? c.from : `${c.from} 至 ${c.to}`} · {c.reason}（{c.by.name}）
          </Text>
          <Pressable className='cal-range-remove sch-closure-lift' label={`恢复服务：${c.from === c.to ? c.from : `${c.from} 至 ${c.to}`}`} onPress={() => void lift(c)}>
            <Text>恢复服务</Text>
          </Pressable>
        </View>
      ))}
      <View className='sch-row'>
        <Input className='sch-input sch-closure-from' {...field('暂停开始日期')} placeholder='开始，如 12-8' value={from} maxLength={12} onChange={setFrom} />
        <Input className='sch-input sch-closure-to' {...field('暂停结束日期')} placeholder='结束（同一天可不填）' value={to} maxLength={12} onChange={setTo} />
      </View>
      <Input className='sch-input sch-closure-reason' {...field('暂停原因')} placeholder='原因，如 系统升级、业务培训' value={reason} maxLength={40} onChange={setReason} />
      {error && <Text className='cal-error'>{error}</Text>}
      {confirm ? (
        <ConfirmCancellations message={confirm} confirmText='确认暂停并通知' busy={busy} onConfirm={() => void add(true)} onCancel={() => setConfirm(undefined)} />
      ) : (
        <Button size='small' type='primary' fill='outline' className='sch-closure-add' loading={busy} disabled={busy} onClick={() => void add()}>
          暂停服务
        </Button>
      )}
    </View>
  );
}
