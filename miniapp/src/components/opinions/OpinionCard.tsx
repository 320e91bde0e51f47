// One opinion as residents and the bureau see it: kind, state, content, the case it is about, and
// the bureau's answer once there is one.
import { Text, View } from '@tarojs/components';
import { OpinionKind, OpinionState, type Opinion } from '@app/shared';
import type { ReactNode } from 'react';
import { formatTime } from '../../lib/format';
import './opinions.scss';

interface Props {
  opinion: Opinion;
  /** The bureau sees who sent it and how to call back. */
  forBureau?: boolean;
  children?: ReactNode;
}

export function OpinionCard({ opinion, forBureau = false, children }: Props) {
  const related = opinion.relatedCase;
  return (
    <View className={`opinion-card opinion-card--${opinion.state}`}>
      <View className='opinion-card-head'>
        <Text className={`opinion-tag opinion-tag--${opinion.kind}`}>{OpinionKind.labels[opinion.kind]}</Text>
        <Text className={`opinion-state opinion-state--${opinion.state}`}>{OpinionState.labels[opinion.state]}</Text>
      </View>
      <Text className='opinion-card-content'>{opinion.content}</Text>
      {related && (
        <View className='opinion-card-case'>
          <Text>
            关于办件 {related.caseNumber} · {related.itemName}
          </Text>
          {opinion.kind === 'complaint' && <Text className='opinion-muted'>被投诉部门：{related.departmentName}</Text>}
        </View>
      )}
      {forBureau && (
        <Text className='opinion-muted'>
          {opinion.residentName}
          {opinion.contactPhone ? ` · ${opinion.contactPhone}` : ''}
        </Text>
      )}
      <Text className='opinion-time'>提交于 {formatTime(opinion.createdAt)}</Text>
      {opinion.answer && (
        <View className='opinion-answer'>
          <Text className='opinion-answer-title'>政务服务局回复</Text>
          <Text className='opinion-answer-text'>{opinion.answer.text}</Text>
          <Text className='opinion-time'>
            {opinion.answer.answererName} · {formatTime(opinion.answer.answeredAt)}
          </Text>
        </View>
      )}
      {children}
    </View>
  );
}
