// One opinion as residents and the bureau see it: kind, state, content, the case it is about, and
// the bureau's answer once there is one. The resident reads it in their language, the bureau in
// Chinese (its pages are Chinese-only).
import { Text, View } from '@tarojs/components';
import type { Opinion } from '@app/shared';
import type { ReactNode } from 'react';
import { formatTime } from '../../lib/format';
import { t, tIn } from '../../lib/i18n';
import '../../i18n/opinions';
import './opinions.scss';

interface Props {
  opinion: Opinion;
  /** The bureau sees who sent it and how to call back. */
  forBureau?: boolean;
  children?: ReactNode;
}

export function OpinionCard({ opinion, forBureau = false, children }: Props) {
  const related = opinion.relatedCase;
  const say: typeof t = forBureau ? (key, params) => tIn('zh', key, params) : t;
  return (
    <View className={`opinion-card opinion-card--${opinion.state}`}>
      <View className='opinion-card-head'>
        <Text className={`opinion-tag opinion-tag--${opinion.kind}`}>{say(`opinions.kinds.${opinion.kind}`)}</Text>
        <Text className={`opinion-state opinion-state--${opinion.state}`}>{say(`opinions.states.${opinion.state}`)}</Text>
      </View>
      <Text className='opinion-card-content'>{opinion.content}</Text>
      {related && (
        <View className='opinion-card-case'>
          <Text className='opinion-card-case-text'>{say('opinions.card.aboutCase', { number: related.caseNumber, item: related.itemName })}</Text>
          {opinion.kind === 'complaint' && <Text className='opinion-muted'>{say('opinions.card.department', { name: related.departmentName })}</Text>}
        </View>
      )}
      {forBureau && (
        <Text className='opinion-muted'>
          {opinion.residentName}
          {opinion.contactPhone ? ` · ${opinion.contactPhone}` : ''}
        </Text>
      )}
      <Text className='opinion-time'>{say('opinions.card.sentAt', { time: formatTime(opinion.createdAt) })}</Text>
      {opinion.answer && (
        <View className='opinion-answer'>
          <Text className='opinion-answer-title'>{say('opinions.card.answer')}</Text>
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
