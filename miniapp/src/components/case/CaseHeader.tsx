// The head of a case: what, which number, where it stands, who holds it, where it is, and its result.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import { isBadRating, stateFamily, type CaseDetail } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { deadlineText, deadlineTone, formatTime, kindLabel, modeLabel, needsApplicant, ratingLabel, stateLabel, stateTagType } from '../../lib/format';
import { OUTCOME_LABELS, escalationText, pauseReason, problemsText } from './caseLogic';
import { Pressable } from '../ui/Pressable';
import './case.scss';

/** The department's published phone: the line to call when the agent has published none of their own. */
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

/** Who holds a case nobody has accepted: "待受理" only while it is still open (never beside 已归档 or 已撤回). */
export function unownedText(detail: Pick<CaseDetail, 'state' | 'assignee'>): string {
  if (stateFamily(detail.state) !== 'open') return '未经代办帮办员受理';
  return detail.assignee ? `已分派给${detail.assignee.name}，待受理` : '待分派，部门会尽快安排';
}

/**
 * Whom 联系经办人 dials: the agent's published office line where one is recorded, otherwise the
 * department's line, labelled so (agents' own mobiles are never shown).
 */
export function contactLine(detail: Pick<CaseDetail, 'owner' | 'departmentName'>, departmentPhone: string | undefined): { phone: string; label: string } | undefined {
  if (detail.owner?.officePhone) return { phone: detail.owner.officePhone, label: `将拨打经办人${detail.owner.name}的办公电话 ${detail.owner.officePhone}` };
  if (!departmentPhone) return undefined;
  const why = detail.owner ? `（经办人${detail.owner.name}未登记办公电话）` : '';
  return { phone: departmentPhone, label: `将拨打${detail.departmentName}的电话 ${departmentPhone}${why}` };
}

function copyNumber(number: string): void {
  void Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: '办件编号已复制', icon: 'success', duration: 1500 }))
    .catch(() => Taro.showToast({ title: `复制未成功，请长按编号手动复制`, icon: 'none', duration: 2500 }));
}

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const departmentPhone = useDepartmentPhone(detail.departmentId);
  const contact = contactLine(detail, departmentPhone);
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
        <View className='case-number-row'>
          <Text className='case-number' userSelect>
            办件编号 {detail.number}
          </Text>
          <Pressable className='case-number-copy' label={`复制办件编号 ${detail.number}`} onPress={() => copyNumber(detail.number)}>
            <Text>复制</Text>
          </Pressable>
        </View>
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
              <Text className='case-muted'>{unownedText(detail)}</Text>
            )}
          </View>
          {contact && (
            <Button
              className='case-owner-call'
              size='small'
              fill='outline'
              type='primary'
              aria-label={contact.label}
              onClick={() => void Taro.makePhoneCall({ phoneNumber: contact.phone }).catch(() => undefined)}
            >
              {detail.owner?.officePhone ? '联系经办人' : '联系部门'}
            </Button>
          )}
        </View>
        {contact && <Text className='case-hint case-call-hint'>{contact.label}</Text>}
        {detail.servicePointName && (
          <Pressable
            role='link'
            className='case-fact case-point'
            label={`服务站点：${detail.servicePointName}，查看地址和电话`}
            onPress={() => detail.servicePointId && Taro.navigateTo({ url: `/resident/point/index?id=${detail.servicePointId}` })}
          >
            <Text className='case-fact-label'>服务站点</Text>
            <Text className='case-fact-value case-link'>{detail.servicePointName}</Text>
          </Pressable>
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
          {detail.result.reason && <Text className='case-text case-result-reason'>不予办理理由：{detail.result.reason}</Text>}
          {(detail.result.waivers ?? []).map((w) => (
            <Text key={w.materialSpecId} className='case-muted'>
              {w.name}：{w.reason}
            </Text>
          ))}
          <Text className='case-muted'>{formatTime(detail.result.at)} 反馈</Text>
        </View>
      )}

      {detail.rating && (
        <View className='case-card-block case-rating'>
          <Text className='case-block-title'>您的评价：{ratingLabel(detail.rating.level)}</Text>
          {problemsText(detail.rating.categories) && <Text className='case-muted'>问题类型：{problemsText(detail.rating.categories)}</Text>}
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
