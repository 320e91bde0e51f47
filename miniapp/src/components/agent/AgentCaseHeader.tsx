// The head of a case as its agent sees it: item, number, state, deadline, department, holder and the applicant to call.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import Taro from '@tarojs/taro';
import type { CaseDetail } from '@app/shared';
import { useState, type ReactNode } from 'react';
import { call } from '../../api/client';
import { channelLabel, deadlineText, deadlineTone, formatTime, kindLabel, modeLabel, stateLabel, stateTagType } from '../../lib/format';
import { outcomeLabel, pauseReason } from '../case/caseLogic';
import '../case/case.scss';
import './agent.scss';

function Fact({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={`case-fact ${className}`.trim()}>
      <Text className='case-fact-label'>{label}</Text>
      <View className='case-fact-value'>{children}</View>
    </View>
  );
}

/** The applicant's ID number, masked; the whole number is opened on a tap, and the opening is on the timeline. */
function IdNumberFact({ caseId, masked }: { caseId: string; masked: string }) {
  const [whole, setWhole] = useState<string>();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    const { confirm } = await Taro.showModal({ title: '查看完整身份证号', content: '查看记录将写入办件时间线，仅在办理需要时查看。', confirmText: '查看' });
    if (!confirm) return;
    setBusy(true);
    try {
      setWhole((await call('revealIdNumber', { params: { id: caseId } })).idNumber);
    } catch (error) {
      void Taro.showToast({ title: (error as Error).message || '暂时无法查看，请稍后重试', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Fact label='身份证号' className='agent-id-number'>
      <Text className='agent-id-number-value'>{whole ?? masked}</Text>
      {!whole && (
        <Button className='agent-reveal-id' size='small' fill='none' loading={busy} onClick={() => void open()}>
          查看完整号码
        </Button>
      )}
    </Fact>
  );
}

export function AgentCaseHeader({ detail }: { detail: CaseDetail }) {
  const tone = deadlineTone(detail.deadline);
  const paused = detail.deadline?.paused ? pauseReason(detail.state) : undefined;
  const { applicant } = detail;
  const holder = detail.owner ?? detail.assignee;

  return (
    <View className='case-head agent-case-head'>
      <View className='case-card-block'>
        <View className='case-title-row'>
          <Text className='case-item-name'>{detail.itemName}</Text>
          <Tag className='case-state' type={stateTagType(detail.state)} round>
            {stateLabel(detail.state)}
          </Tag>
        </View>
        <Text className='case-number'>办件编号 {detail.number}</Text>
        <Text className='case-meta'>
          {detail.kind === 'preConsultation' ? '提前介入咨询' : kindLabel(detail.serviceKind)} · {modeLabel(detail.serviceMode)}
        </Text>
        {detail.deadline ? (
          <View className={`case-deadline case-deadline--${tone} agent-deadline--${tone}`}>
            <Text>{deadlineText(detail.deadline)}</Text>
            {paused && <Text className='case-deadline-pause'>{paused}</Text>}
          </View>
        ) : (
          detail.kind === 'entrustment' && !detail.acceptedAt && <Text className='case-meta'>承诺时限 {detail.commitmentDays} 个工作日，受理后开始计时</Text>
        )}
      </View>

      <View className='case-card-block case-facts'>
        <Fact label='承办部门'>
          <Text className='case-department'>{detail.departmentName}</Text>
        </Fact>
        <Fact label='经办人' className='agent-holder'>
          <Text>{holder ? `${holder.name}${detail.owner ? '' : '（已分派，待受理）'}` : '待分派'}</Text>
        </Fact>
        {/* A window or hotline applicant gets no mini-program notices until they claim the case: the agent calls. */}
        <Fact label='受理渠道' className='agent-channel'>
          <Text>{channelLabel(detail.channel)}</Text>
        </Fact>
        <Fact label='申请人' className='agent-applicant'>
          <Text className='agent-applicant-name'>
            {applicant.name} {applicant.phoneMasked}
          </Text>
          {applicant.enterpriseName && <Text className='case-muted'>{applicant.enterpriseName}</Text>}
        </Fact>
        {applicant.idNumberMasked && <IdNumberFact caseId={detail.id} masked={applicant.idNumberMasked} />}
        {applicant.phone && (
          <Button
            className='agent-call-applicant'
            size='small'
            type='primary'
            fill='outline'
            aria-label={`拨打申请人${applicant.name}的电话`}
            onClick={() => applicant.phone && void Taro.makePhoneCall({ phoneNumber: applicant.phone }).catch(() => undefined)}
          >
            拨打
          </Button>
        )}
        {detail.servicePointName && <Fact label='服务站点'>{detail.servicePointName}</Fact>}
        {detail.onSite && (
          <Fact label='上门服务'>
            {detail.onSite.address}（期望 {detail.onSite.preferredDate} {detail.onSite.preferredPeriod === 'morning' ? '上午' : '下午'}）
          </Fact>
        )}
      </View>

      {detail.state === 'supplementRequested' && detail.supplement && (
        <View className='case-card-block agent-supplement'>
          <Text className='case-block-title'>待申请人补正（{formatTime(detail.supplement.requestedAt)} 通知）</Text>
          {detail.supplement.items.map((item, i) => (
            <Text key={i} className='case-text'>
              {item.name}：{item.reason}
            </Text>
          ))}
        </View>
      )}
      {detail.escalation && detail.state === 'escalated' && (
        <View className='case-card-block case-escalation'>
          <Text className='case-block-title'>
            已上报 {detail.escalation.authority}（{detail.escalation.authorityKind === 'otherRegion' ? '外地' : '上级'}部门）
          </Text>
          <Text className='case-muted'>上报原因：{detail.escalation.reason}</Text>
        </View>
      )}
      {detail.result && (
        <View className='case-card-block case-result'>
          <Text className='case-block-title'>办理结果：{outcomeLabel(detail.result.outcome)}</Text>
          <Text className='case-text'>{detail.result.summary}</Text>
        </View>
      )}
    </View>
  );
}
