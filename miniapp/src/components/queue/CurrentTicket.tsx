// The ticket in front of the agent at their window — its number large, queue, state, calls and
// waits — and the five buttons of the window, each disabled one saying why in its name and, once
// per reason, under the buttons (过号：叫号满三次未到才能过号).
import { Text, View } from '@tarojs/components';
import type { WindowView } from '@app/shared';
import { Button } from '../ui/Button';
import { heading } from '../../lib/a11y';
import { ACTION_LABELS, WINDOW_ACTIONS, reasonLines, ticketFacts, whyNot, type WindowAction } from './windowLogic';

interface Props {
  view: WindowView;
  now: Date;
  /** The action under way (its button spins, the others wait). */
  busy?: WindowAction;
  onAct: (action: WindowAction) => void;
}

export function CurrentTicket({ view, now, busy, onAct }: Props) {
  const t = view.current;
  return (
    <View className='qw-card qw-current'>
      <Text className='qw-card-title' {...heading(2)}>
        {view.window} 号窗口 · 当前号码
      </Text>
      {t ? (
        <View className={`qw-ticket qw-ticket--${t.state}`} data-ticket-id={t.id}>
          <Text className='qw-number'>{t.number}</Text>
          <Text className='qw-queue'>
            {t.queueName}
            {t.priority ? `（预约 ${t.slotTime ?? ''}）` : ''}
            {t.atDesk ? ' · 现场取号' : ''}
          </Text>
          <Text className='qw-facts'>{ticketFacts(t, now).join(' · ')}</Text>
          {t.caseNumber && <Text className='qw-linked'>已关联办件 {t.caseNumber}</Text>}
        </View>
      ) : (
        <Text className='qw-idle'>本窗口空闲，按“叫号”请下一位</Text>
      )}
      <View className='qw-actions'>
        {WINDOW_ACTIONS.map((action) => {
          const reason = whyNot(action, view);
          return (
            <View key={action} className={`qw-action qw-action-${action}`}>
              <Button
                block
                type={action === 'call' || action === 'start' || action === 'finish' ? 'primary' : 'default'}
                fill={action === 'call' || action === 'finish' ? 'solid' : 'outline'}
                className={`qw-do qw-do-${action}`}
                disabled={Boolean(reason) || (busy !== undefined && busy !== action)}
                loading={busy === action}
                reason={reason}
                onClick={() => onAct(action)}
              >
                {ACTION_LABELS[action]}
              </Button>
            </View>
          );
        })}
      </View>
      <View className='qw-reasons'>
        {reasonLines(view).map((line) => (
          <Text key={line} className='qw-reason'>
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}
