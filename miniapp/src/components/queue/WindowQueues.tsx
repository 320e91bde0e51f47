// What waits for the window: the people waiting per queue, the next five as this window would call
// them (booked check-ins marked 预约), and this window's calls today.
import { Text, View } from '@tarojs/components';
import type { WindowView } from '@app/shared';
import { heading } from '../../lib/a11y';
import { chinaClock } from './windowLogic';

export function WindowQueues({ view }: { view: WindowView }) {
  return (
    <>
      <View className='qw-card qw-waiting'>
        <Text className='qw-card-title' {...heading(2)}>
          等候人数
        </Text>
        {view.waiting.length === 0 && <Text className='qw-muted'>本网点尚未开通取号</Text>}
        {view.waiting.map((q) => (
          <View key={q.queueId} className='qw-row' data-queue-id={q.queueId}>
            <Text className='qw-prefix'>{q.prefix}</Text>
            <Text className='qw-row-name'>{q.queueName}</Text>
            <Text className='qw-row-count'>{q.count} 人</Text>
          </View>
        ))}
      </View>
      <View className='qw-card qw-next'>
        <Text className='qw-card-title' {...heading(2)}>
          接下来（本窗口叫号顺序）
        </Text>
        {view.next.length === 0 ? (
          <Text className='qw-muted'>暂无等候的号码</Text>
        ) : (
          <View className='qw-next-list'>
            {view.next.map((n, i) => (
              <View key={n.id} className={`qw-next-item${n.priority ? ' qw-next-item--priority' : ''}`}>
                <Text className='qw-next-order'>{i + 1}</Text>
                <Text className='qw-next-number'>{n.number}</Text>
                {n.priority && <Text className='qw-tag'>预约</Text>}
              </View>
            ))}
          </View>
        )}
      </View>
      <View className='qw-card qw-recent'>
        <Text className='qw-card-title' {...heading(2)}>
          本窗口今日叫号
        </Text>
        {view.recent.length === 0 && <Text className='qw-muted'>今天还没有叫号</Text>}
        {view.recent.map((c) => (
          <View key={`${c.id}-${c.calls}`} className='qw-row'>
            <Text className='qw-row-name qw-recent-number'>{c.number}</Text>
            <Text className='qw-row-count'>
              {chinaClock(c.calledAt)}
              {c.calls > 1 ? ` · 第 ${c.calls} 次` : ''}
            </Text>
          </View>
        ))}
      </View>
    </>
  );
}
