// One rectification: the case, the bad rating, its due date (red when overdue, yellow when near),
// what was done, and for agents of an open one the report form.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { RatingProblem, chinaDate, deadlineStatus, type Rectification, type Role, type WorkCalendar } from '@app/shared';
import { useWorkCalendar } from '../../lib/calendar';
import { formatTime, ratingLabel } from '../../lib/format';
import { RectificationReport } from './RectificationReport';
import { Pressable } from '../ui/Pressable';

/** Agents open their workbench's case page; the bureau reads the case on the shared case page. */
export const casePage = (role: Role, caseId: string) =>
  `${role === 'agent' ? '/agent/case/index' : '/resident/case/index'}?id=${encodeURIComponent(caseId)}`;

function tone(r: Rectification, calendar: WorkCalendar): 'overdue' | 'near' | undefined {
  if (r.state === 'done') return undefined;
  if (r.overdue) return 'overdue';
  return deadlineStatus(calendar, chinaDate(new Date()), r.dueDate) === 'near' ? 'near' : undefined;
}

export function RectificationCard({ rectification: r, role, onReported }: { rectification: Rectification; role: Role; onReported: (r: Rectification) => void }) {
  const t = tone(r, useWorkCalendar());
  return (
    <View className={`rect-entry${t ? ` rect-${t}` : ''}`} data-case-id={r.caseId}>
      <View className='rect-head'>
        <Text className='rect-item'>{r.itemName}</Text>
        <Text className={`rect-due${t ? ` dash-tone-${t}` : ''}`}>
          {r.state === 'done' ? '已整改' : `${r.overdue ? '已逾期 · ' : ''}整改期限 ${r.dueDate}`}
        </Text>
      </View>
      <Text className='dash-line'>
        {r.caseNumber} · {r.departmentName}
        {r.ownerAgentName ? ` · 代办员 ${r.ownerAgentName}` : ''}
      </Text>
      <Text className='dash-line'>
        评价：<Text className='dash-tone-overdue'>{ratingLabel(r.rating.level)}</Text>（{formatTime(r.rating.at)}）
      </Text>
      {r.rating.categories && r.rating.categories.length > 0 && (
        <Text className='dash-line rect-categories'>问题类型：{r.rating.categories.map((c) => RatingProblem.labels[c]).join('、')}</Text>
      )}
      {r.rating.comment && <Text className='rect-comment'>“{r.rating.comment}”</Text>}
      {r.report && (
        <View className='rect-comment rect-report'>
          <Text>
            整改措施：{r.report.measures}（{r.report.byName}，{formatTime(r.report.at)}）
          </Text>
        </View>
      )}
      <Pressable role='link' className='dash-link-inline' label={`查看案件 ${r.caseNumber ?? ''}`.trim()} onPress={() => void Taro.navigateTo({ url: casePage(role, r.caseId) })}>
        <Text>查看案件 ›</Text>
      </Pressable>
      {role === 'agent' && r.state === 'open' && <RectificationReport caseId={r.caseId} onReported={onReported} />}
    </View>
  );
}
