// 并联办理: the departments working on one case at the same time; the applicant still sees one case.
import { Text, View } from '@tarojs/components';
import type { CaseDetail } from '@app/shared';
import { formatTime } from '../../lib/format';
import { SUBTASK_STATE_LABELS } from './caseLogic';
import './case.scss';

export function SubTasks({ tasks }: { tasks: CaseDetail['subTasks'] }) {
  if (tasks.length === 0) return null;
  const done = tasks.filter((t) => t.state === 'done').length;
  return (
    <View className='case-card-block case-subtasks'>
      <Text className='case-block-title'>并联办理</Text>
      <Text className='case-muted'>
        以下 {tasks.length} 个部门同时办理，已办结 {done} 个；全部办结后统一向您反馈结果。
      </Text>
      {tasks.map((task) => (
        <View key={task.id} className={`subtask-row subtask-row--${task.state}`}>
          <View className='subtask-main'>
            <Text className='subtask-department'>{task.departmentName}</Text>
            <Text className='subtask-title'>{task.title}</Text>
            {task.result && <Text className='case-muted'>结果：{task.result}</Text>}
            {task.completedAt && <Text className='case-muted'>{formatTime(task.completedAt)} 办结</Text>}
          </View>
          <Text className={`subtask-state subtask-state--${task.state}`}>{SUBTASK_STATE_LABELS[task.state]}</Text>
        </View>
      ))}
    </View>
  );
}
