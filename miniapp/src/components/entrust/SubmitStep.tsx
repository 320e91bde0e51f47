// Step 5 提交: what will be sent, then the three stages with their progress; a failure shows the
// Chinese reason and 重试, which resumes from the failed stage.
import { Image, Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { maskPhone, type ServiceItem, type ServicePoint } from '@app/shared';
import { useEffect } from 'react';
import { kindLabel, modeLabel } from '../../lib/format';
import { askSubscription, prefetchSubscriptions } from '../../lib/subscribe';
import type { LocalFile } from '../../lib/upload';
import type { ContactDraft } from './contactForm';
import { dayLabel, PERIOD_LABELS, type ServiceDraft } from './serviceChoice';
import { STAGE_LABELS, STAGES, type SubmitStage } from './submission';
import { image } from '../../lib/a11y';

export type SubmitStatus =
  | { phase: 'idle' }
  | { phase: 'running'; stage: SubmitStage; uploadPercent: number }
  | { phase: 'failed'; stage: SubmitStage; message: string };

interface Props {
  item: ServiceItem;
  point?: ServicePoint;
  service: ServiceDraft;
  contact: ContactDraft;
  signature?: LocalFile;
  status: SubmitStatus;
  onSubmit: () => void;
}

function stageState(stage: SubmitStage, status: SubmitStatus): 'wait' | 'active' | 'done' | 'failed' {
  if (status.phase === 'idle') return 'wait';
  const at = STAGES.indexOf(status.stage);
  const index = STAGES.indexOf(stage);
  if (index < at) return 'done';
  if (index > at) return 'wait';
  return status.phase === 'failed' ? 'failed' : 'active';
}

const STATE_TEXT = { wait: '', active: '进行中…', done: '已完成', failed: '未成功' } as const;

export function SubmitStep({ item, point, service, contact, signature, status, onSubmit }: Props) {
  const { kind, mode, onSite } = service;
  // Template ids must be at hand before the tap: WeChat's consent sheet opens only inside it.
  useEffect(() => void prefetchSubscriptions(), []);
  const submit = () => {
    // Progress messages (受理、补正、办结) are offered on the first tap only, and never hold the submission up.
    if (status.phase === 'idle') void askSubscription(['caseProgress']);
    onSubmit();
  };
  return (
    <View className='entrust-section'>
      <View className='entrust-summary'>
        <SummaryRow label='办理事项' value={item.name} />
        <SummaryRow label='服务类型' value={kind ? kindLabel(kind) : ''} />
        <SummaryRow label='服务方式' value={mode ? modeLabel(mode) : ''} />
        {point && <SummaryRow label='受理站点' value={point.name} />}
        {mode === 'onSite' && (
          <SummaryRow
            label='上门'
            value={`${onSite.address.trim()}，${onSite.preferredDate ? dayLabel(onSite.preferredDate) : ''}${onSite.preferredPeriod ? PERIOD_LABELS[onSite.preferredPeriod] : ''}`}
          />
        )}
        <SummaryRow label='申请人' value={contact.name.trim()} />
        <SummaryRow label='手机号码' value={maskPhone(contact.phone)} />
        {contact.enterpriseName.trim() && <SummaryRow label='企业' value={contact.enterpriseName.trim()} />}
        {contact.note.trim() && <SummaryRow label='备注' value={contact.note.trim()} />}
        {signature && (
          <View className='entrust-summary-row'>
            <Text className='entrust-summary-label'>签名</Text>
            <Image className='entrust-summary-signature' src={signature.filePath} mode='aspectFit' {...image('您的手写签名')} />
          </View>
        )}
      </View>

      {status.phase !== 'idle' && (
        <View className='submit-stages'>
          {STAGES.map((stage) => {
            const state = stageState(stage, status);
            return (
              <View key={stage} className={`submit-stage submit-stage--${state}`}>
                <Text className='submit-stage-name'>{STAGE_LABELS[stage]}</Text>
                <Text className='submit-stage-state'>{STATE_TEXT[state]}</Text>
                {stage === 'upload' && state === 'active' && status.phase === 'running' && (
                  <Progress className='submit-progress' percent={status.uploadPercent} />
                )}
              </View>
            );
          })}
        </View>
      )}

      {status.phase === 'failed' && <Text className='entrust-error submit-error'>{status.message}</Text>}

      <Button
        className={status.phase === 'failed' ? 'entrust-submit entrust-retry' : 'entrust-submit'}
        type='primary'
        block
        loading={status.phase === 'running'}
        onClick={submit}
      >
        {status.phase === 'failed' ? '重试' : status.phase === 'running' ? '正在提交' : '提交委托'}
      </Button>
      <Text className='entrust-hint'>提交后将生成办件，代办帮办服务全程免费。</Text>
    </View>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='entrust-summary-row'>
      <Text className='entrust-summary-label'>{label}</Text>
      <Text className='entrust-summary-value'>{value}</Text>
    </View>
  );
}
