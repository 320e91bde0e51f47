// The case's timeline: every step, who took it (and in which role), when, and what was noted; newest first.
import { Text, View } from '@tarojs/components';
import type { CaseEvent } from '@app/shared';
import { formatTime } from '../../lib/format';
import { actorText, eventDetails, eventTitle } from './caseLogic';
import './case.scss';
import { t } from '../../lib/i18n';

export function Timeline({ events }: { events: CaseEvent[] }) {
  const newestFirst = [...events].reverse();
  return (
    <View className='case-card-block case-timeline'>
      <Text className='case-block-title'>{t('case.timeline')}</Text>
      {newestFirst.map((event, index) => (
        <View
          key={event.id}
          className={`timeline-event${index === 0 ? ' timeline-event--latest' : ''}${index === newestFirst.length - 1 ? ' timeline-event--last' : ''}`}
        >
          <View className='timeline-dot' />
          <View className='timeline-body'>
            <View className='timeline-head'>
              <Text className='timeline-title'>{eventTitle(event)}</Text>
              <Text className='timeline-time'>{formatTime(event.at)}</Text>
            </View>
            <Text className='timeline-actor'>{actorText(event.actor)}</Text>
            {eventDetails(event).map((line, i) => (
              <Text key={i} className='timeline-note'>
                {line}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
