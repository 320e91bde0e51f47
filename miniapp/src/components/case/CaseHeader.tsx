// The head of a case: what, which number, where it stands, who holds it, where it is, and its result.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import { isBadRating, stateFamily, type CaseDetail } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { deadlineTone, formatTime, needsApplicant, stateTagType } from '../../lib/format';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';
import '../../i18n/catalogue';
import '../../i18n/entrust';
import { localized } from '../../lib/localized';
import { caseDeadlineText, escalationText, outcomeLabel, pauseReason, problemsText } from './caseLogic';
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

/** The names the bureau may have entered in Mongolian too (issue 17 deliverable 3). */
type Bilingual = { itemNameMn?: string; departmentNameMn?: string; servicePointNameMn?: string };

/** Who holds a case nobody has accepted: "待受理" only while it is still open (never beside 已归档 or 已撤回). */
export function unownedText(detail: Pick<CaseDetail, 'state' | 'assignee'>): string {
  if (stateFamily(detail.state) !== 'open') return t('caseView.head.notAccepted');
  return detail.assignee ? t('caseView.head.assigned', { name: detail.assignee.name }) : t('caseView.head.unassigned');
}

/**
 * Whom 联系经办人 dials: the agent's published office line where one is recorded, otherwise the
 * department's line, labelled so (agents' own mobiles are never shown).
 */
export function contactLine(detail: Pick<CaseDetail, 'owner' | 'departmentName'>, departmentPhone: string | undefined): { phone: string; label: string } | undefined {
  if (detail.owner?.officePhone) return { phone: detail.owner.officePhone, label: t('caseView.head.callOwnerLabel', { name: detail.owner.name, phone: detail.owner.officePhone }) };
  if (!departmentPhone) return undefined;
  const why = detail.owner ? t('caseView.head.ownerNoPhone', { name: detail.owner.name }) : '';
  const department = localized(detail.departmentName, (detail as Bilingual).departmentNameMn);
  return { phone: departmentPhone, label: t('caseView.head.callDepartmentLabel', { department, phone: departmentPhone, why }) };
}

function copyNumber(number: string): void {
  void Taro.setClipboardData({ data: number })
    .then(() => Taro.showToast({ title: t('caseView.head.copied'), icon: 'success', duration: 1500 }))
    .catch(() => Taro.showToast({ title: t('caseView.head.copyFailed'), icon: 'none', duration: 2500 }));
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
          <Text className='case-item-name'>{localized(detail.itemName, (detail as Bilingual).itemNameMn)}</Text>
          <Tag className='case-state' type={stateTagType(detail.state)} round>
            {t(`case.state.${detail.state}`)}
          </Tag>
        </View>
        <View className='case-number-row'>
          <Text className='case-number' userSelect>
            {t('caseView.head.number', { number: detail.number })}
          </Text>
          <Pressable className='case-number-copy' label={t('caseView.head.copyLabel', { number: detail.number })} onPress={() => copyNumber(detail.number)}>
            <Text>{t('caseView.head.copy')}</Text>
          </Pressable>
        </View>
        <Text className='case-meta'>
          {detail.kind === 'preConsultation' ? t('caseView.head.preConsultation') : t(`catalogue.kind.${detail.serviceKind}`)} · {t(`catalogue.mode.${detail.serviceMode}`)} ·{' '}
          {t('caseView.head.free')}
        </Text>
        {needsApplicant(detail) && <Text className='case-needs-me'>{t('caseView.head.needsMe')}</Text>}
        {detail.deadline && (
          <View className={`case-deadline case-deadline--${tone}`}>
            <Text>{caseDeadlineText(detail.deadline)}</Text>
            {paused && <Text className='case-deadline-pause'>{paused}</Text>}
          </View>
        )}
        {!detail.deadline && !detail.acceptedAt && detail.kind === 'entrustment' && stateFamily(detail.state) === 'open' && (
          <Text className='case-meta'>{t('caseView.head.commitmentPending', { n: detail.commitmentDays })}</Text>
        )}
      </View>

      <View className='case-card-block case-facts'>
        <View className='case-fact'>
          <Text className='case-fact-label'>{t('caseView.head.department')}</Text>
          <Text className='case-fact-value case-department'>{localized(detail.departmentName, (detail as Bilingual).departmentNameMn)}</Text>
        </View>
        <View className='case-fact case-owner'>
          <Text className='case-fact-label'>{t('caseView.head.owner')}</Text>
          <View className='case-fact-value'>
            {detail.owner ? (
              <Text className='case-owner-name'>
                {t('caseView.head.ownerName', { name: detail.owner.name, phone: detail.owner.phoneMasked ?? '' })}
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
              {detail.owner?.officePhone ? t('caseView.head.callOwner') : t('caseView.head.callDepartment')}
            </Button>
          )}
        </View>
        {contact && <Text className='case-hint case-call-hint'>{contact.label}</Text>}
        {detail.servicePointName && (
          <Pressable
            role='link'
            className='case-fact case-point'
            label={t('caseView.head.pointLabel', { point: localized(detail.servicePointName, (detail as Bilingual).servicePointNameMn) })}
            onPress={() => detail.servicePointId && Taro.navigateTo({ url: `/resident/point/index?id=${detail.servicePointId}` })}
          >
            <Text className='case-fact-label'>{t('caseView.head.point')}</Text>
            <Text className='case-fact-value case-link'>{localized(detail.servicePointName, (detail as Bilingual).servicePointNameMn)}</Text>
          </Pressable>
        )}
        {detail.onSite && (
          <View className='case-fact'>
            <Text className='case-fact-label'>{t('caseView.head.onSite')}</Text>
            <Text className='case-fact-value'>
              {t('caseView.head.onSiteValue', { address: detail.onSite.address, date: detail.onSite.preferredDate, period: t(`entrust.service.${detail.onSite.preferredPeriod}`) })}
            </Text>
          </View>
        )}
      </View>

      {detail.escalation && detail.state === 'escalated' && (
        <View className='case-card-block case-escalation'>
          <Text className='case-block-title'>{t('caseView.head.escalated', { authority: detail.escalation.authority })}</Text>
          <Text className='case-text'>{escalationText(detail.escalation)}</Text>
          <Text className='case-muted'>{t('caseView.head.escalationReason', { reason: detail.escalation.reason })}</Text>
        </View>
      )}

      {detail.result && (
        <View className='case-card-block case-result'>
          <Text className='case-block-title'>{t('caseView.head.result', { outcome: outcomeLabel(detail.result.outcome) })}</Text>
          <Text className='case-text'>{detail.result.summary}</Text>
          {detail.result.reason && <Text className='case-text case-result-reason'>{t('case.detail.refusalReason', { reason: detail.result.reason })}</Text>}
          {(detail.result.waivers ?? []).map((w) => (
            <Text key={w.materialSpecId} className='case-muted'>
              {t('case.detail.waiver', { name: w.name, reason: w.reason })}
            </Text>
          ))}
          <Text className='case-muted'>{t('caseView.head.resultAt', { time: formatTime(detail.result.at) })}</Text>
        </View>
      )}

      {detail.rating && (
        <View className='case-card-block case-rating'>
          <Text className='case-block-title'>{t('caseView.head.yourRating', { level: t(`vocab.rating.${detail.rating.level}`) })}</Text>
          {problemsText(detail.rating.categories) && <Text className='case-muted'>{t('case.detail.problems', { problems: problemsText(detail.rating.categories) })}</Text>}
          {detail.rating.comment && <Text className='case-text'>{detail.rating.comment}</Text>}
          {(detail.rectification || isBadRating(detail.rating.level)) && (
            <Text className='case-rectification'>
              {t('caseView.head.rectification', { department: localized(detail.departmentName, (detail as Bilingual).departmentNameMn) })}
              {detail.rectification ? t('caseView.head.rectificationDue', { date: detail.rectification.dueDate }) : ''}
              {detail.rectification?.state === 'done' ? t('caseView.head.rectified') : ''}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
