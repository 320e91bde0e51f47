// One inbox entry: the item, case number, applicant, state and how the deadline stands; taps open the workbench.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { stateFamily, type RouteResponse } from '@app/shared';
import { deadlineText, deadlineTone, stateLabel, stateTagType } from '../../lib/format';
import { Pressable } from '../ui/Pressable';
import './agent.scss';

export type InboxEntry = RouteResponse<'agentInbox'>['entries'][number];

export function InboxEntryCard({ entry }: { entry: InboxEntry }) {
  const tone = deadlineTone(entry.deadline);
  const toneClass = tone === 'overdue' ? ' inbox-overdue' : tone === 'near' ? ' inbox-near' : '';
  return (
    <Pressable
      role='link'
      className={`inbox-entry${toneClass}`}
      data={{ case: entry.caseId, kind: entry.kind }}
      onPress={() => void Taro.navigateTo({ url: `/agent/case/index?id=${entry.caseId}` })}
    >
      <View className='inbox-entry-head'>
        <Text className='inbox-entry-item'>{entry.itemName}</Text>
        <Tag className='inbox-entry-state' type={stateTagType(entry.state)} round>
          {stateLabel(entry.state)}
        </Tag>
      </View>
      {entry.kind === 'subTask' && entry.subTask && (
        <View className='inbox-entry-subtask'>
          <Tag className='inbox-subtask-badge' type='warning'>
            并联子任务
          </Tag>
          <Text className='inbox-entry-subtask-title'>
            {entry.subTask.departmentName} · {entry.subTask.title}
          </Text>
        </View>
      )}
      <Text className='inbox-entry-number'>办件编号 {entry.caseNumber}</Text>
      <View className='inbox-entry-foot'>
        <Text className='inbox-entry-applicant'>申请人 {entry.applicantName}</Text>
        {entry.deadline ? (
          <Text className={`inbox-entry-deadline inbox-entry-deadline--${tone}`}>{deadlineText(entry.deadline)}</Text>
        ) : (
          <Text className='inbox-entry-deadline'>委托于 {entry.queueDate}{stateFamily(entry.state) === 'open' ? '，待受理' : ''}</Text>
        )}
      </View>
    </Pressable>
  );
}
