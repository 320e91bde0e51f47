// 并联办理: the departments working on one case at the same time; the applicant still sees one case.
import { Text, View } from '@tarojs/components';
import type { CaseDetail } from '@app/shared';
import { formatTime } from '../../lib/format';
import { subTaskStateLabel } from './caseLogic';
import './case.scss';
import { t } from '../../lib/i18n';

export function SubTasks({ tasks }: { tasks: CaseDetail['subTasks'] }) {
  if (tasks.length === 0) return null;
  const done = tasks.filter((task) => task.state === 'done').length;
  return (
    <View className='case-card-block case-subtasks'>
      <Text className='case-block-title'>{t('case.subTasks.title')}</Text>
      <Text className='case-muted'>
        {t('case.subTasks.intro', { n: tasks.length, done })}
      </Text>
      {tasks.map((task) => (
        <View key={task.id} className={`subtask-row subtask-row--${task.state}`}>
          <View className='subtask-main'>
            <Text className='subtask-department'>{task.departmentName}</Text>
            <Text className='subtask-title'>{task.title}</Text>
            {task.result && <Text className='case-muted'>{t('case.subTasks.result', { result: task.result })}</Text>}
            {task.completedAt && <Text className='case-muted'>{t('case.subTasks.completed', { time: formatTime(task.completedAt) })}</Text>}
          </View>
          <Text className={`subtask-state subtask-state--${task.state}`}>{subTaskStateLabel(task.state)}</Text>
        </View>
      ))}
    </View>
  );
}
