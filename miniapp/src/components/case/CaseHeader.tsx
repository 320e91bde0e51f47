// The head of a case: what, which number, where it stands, who holds it, where it is, and its result.
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { isBadRating, stateFamily, type CaseDetail } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { deadlineText, deadlineTone, formatTime, kindLabel, modeLabel, needsApplicant, ratingLabel, stateLabel, stateTagType } from '../../lib/format';
import { OUTCOME_LABELS, escalationText, pauseReason } from './caseLogic';
import './case.scss';

/** The department's published phone: agents' own numbers are never shown in full. */
function useDepartmentPhone(departmentId: string): string | undefined {
  const [phone, setPhone] = useState<string>();
  useEffect(() => {
    let live = true;
    call('listDepartments')
      .then(({ departments }) => live && setPhone(departments.find((d) => d.id === departmentId)?.phone))
      .catch(() => undefined); // no button then; the rest of the page stands
    return () => {
      live = false;
    };
  }, [departmentId]);
  return phone;
}

const PERIODS = { morning: '上午', afternoon: '下午' } as const;

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const departmentPhone = useDepartmentPhone(detail.departmentId);
  const tone = deadlineTone(detail.deadline);
  const paused = detail.deadline?.paused ? pauseReason(detail.state) : undefined;

  return (
    <View className='case-head'>
      <View className='case-card-block'>
        <View className='case-title-row'>
          <Text className='case-item-name'>{detail.itemName}</Text>
          <Tag className='case-state' type={stateTagType(detail.state)} round>
            {stateLabel(detail.state)}
          </Tag>
        </View>
        <Text className='case-number'>办件编号 {detail.number}</Text>
        <Text className='case-meta'>
          {detail.kind === 'preConsultation' ? '提前介入咨询' : kindLabel(detail.serviceKind)} · {modeLabel(detail.serviceMode)} · 免费
        </Text>
        {needsApplicant(detail) && <Text className='case-needs-me'>需要您处理</Text>}
        {detail.deadline && (
          <View className={`case-deadline case-deadline--${tone}`}>
            <Text>{deadlineText(detail.deadline)}</Text>
            {paused && <Text className='case-deadline-pause'>{paused}</Text>}
          </View>
        )}
        {!detail.deadline && !detail.acceptedAt && detail.kind === 'entrustment' && stateFamily(detail.state) === 'open' && (
          <Text className='case-meta'>承诺时限 {detail.commitmentDays} 个工作日，受理后开始计时</Text>
        )}
      </View>

      <View className='case-card-block case-facts'>
        <View className='case-fact'>
          <Text className='case-fact-label'>承办部门</Text>
          <Text className='case-fact-value case-department'>{detail.departmentName}</Text>
        </View>
        <View className='case-fact case-owner'>
          <Text className='case-fact-label'>经办人</Text>
          <View className='case-fact-value'>
            {detail.owner ? (
              <Text className='case-owner-name'>
                {detail.owner.name}（代办帮办员） {detail.owner.phoneMasked}
              </Text>
            ) : (
              <Text className='case-muted'>{detail.assignee ? `已分派给${detail.assignee.name}，待受理` : '待分派，部门会尽快安排'}</Text>
            )}
          </View>
          {departmentPhone && (
            <Button
              className='case-owner-call'
              size='small'
              fill='outline'
              type='primary'
              onClick={() => void Taro.makePhoneCall({ phoneNumber: departmentPhone }).catch(() => undefined)}
            >
              联系经办人
            </Button>
          )}
        </View>
        {departmentPhone && <Text className='case-hint'>将拨打{detail.departmentName}电话 {departmentPhone}</Text>}
        {detail.servicePointName && (
          <View
            className='case-fact case-point'
            onClick={() => detail.servicePointId && Taro.navigateTo({ url: `/resident/point/index?id=${detail.servicePointId}` })}
          >
            <Text className='case-fact-label'>服务站点</Text>
            <Text className='case-fact-value case-link'>{detail.servicePointName}</Text>
          </View>
        )}
        {detail.onSite && (
          <View className='case-fact'>
            <Text className='case-fact-label'>上门服务</Text>
            <Text className='case-fact-value'>
              {detail.onSite.address}（期望 {detail.onSite.preferredDate} {PERIODS[detail.onSite.preferredPeriod]}）
            </Text>
          </View>
        )}
      </View>

      {detail.escalation && detail.state === 'escalated' && (
        <View className='case-card-block case-escalation'>
          <Text className='case-block-title'>已上报 {detail.escalation.authority}</Text>
          <Text className='case-text'>{escalationText(detail.escalation)}</Text>
          <Text className='case-muted'>上报原因：{detail.escalation.reason}</Text>
        </View>
      )}

      {detail.result && (
        <View className='case-card-block case-result'>
          <Text className='case-block-title'>办理结果：{OUTCOME_LABELS[detail.result.outcome]}</Text>
          <Text className='case-text'>{detail.result.summary}</Text>
          <Text className='case-muted'>{formatTime(detail.result.at)} 反馈</Text>
        </View>
      )}

      {detail.rating && (
        <View className='case-card-block case-rating'>
          <Text className='case-block-title'>您的评价：{ratingLabel(detail.rating.level)}</Text>
          {detail.rating.comment && <Text className='case-text'>{detail.rating.comment}</Text>}
          {(detail.rectification || isBadRating(detail.rating.level)) && (
            <Text className='case-rectification'>
              已转整改：政务服务局将督促{detail.departmentName}整改
              {detail.rectification ? `，整改期限 ${detail.rectification.dueDate}${detail.rectification.state === 'done' ? '（已整改）' : ''}` : ''}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
