// Step 5 提交: what will be sent, then the three stages with their progress; a failure shows the
// Chinese reason and 重试, which resumes from the failed stage.
import { Image, Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { maskPhone, type ServiceItem, type ServicePoint } from '@app/shared';
import { useEffect } from 'react';
import { t } from '../../lib/i18n';
import { localized } from '../../lib/localized';
import { askSubscription, prefetchSubscriptions } from '../../lib/subscribe';
import type { LocalFile } from '../../lib/upload';
import type { ContactDraft } from './contactForm';
import { dayLabel, periodLabel, type ServiceDraft } from './serviceChoice';
import { STAGES, type SubmitStage } from './submission';
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

const stateText = (state: 'wait' | 'active' | 'done' | 'failed') => (state === 'wait' ? '' : t(`entrust.submit.${state}`));

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
        <SummaryRow label={t('entrust.submit.item')} value={localized(item.name, (item as { nameMn?: string }).nameMn)} />
        <SummaryRow label={t('entrust.service.kind')} value={kind ? t(`catalogue.kind.${kind}`) : ''} />
        <SummaryRow label={t('entrust.service.mode')} value={mode ? t(`catalogue.mode.${mode}`) : ''} />
        {point && <SummaryRow label={t('entrust.submit.point')} value={localized(point.name, (point as { nameMn?: string }).nameMn)} />}
        {mode === 'onSite' && (
          <SummaryRow
            label={t('entrust.submit.onSite')}
            value={t('entrust.submit.onSiteValue', {
              address: onSite.address.trim(),
              date: onSite.preferredDate ? dayLabel(onSite.preferredDate) : '',
              period: onSite.preferredPeriod ? periodLabel(onSite.preferredPeriod) : '',
            })}
          />
        )}
        <SummaryRow label={t('entrust.submit.applicant')} value={contact.name.trim()} />
        <SummaryRow label={t('entrust.submit.phone')} value={maskPhone(contact.phone)} />
        {contact.enterpriseName.trim() && <SummaryRow label={t('entrust.submit.enterprise')} value={contact.enterpriseName.trim()} />}
        {contact.note.trim() && <SummaryRow label={t('entrust.submit.note')} value={contact.note.trim()} />}
        {signature && (
          <View className='entrust-summary-row'>
            <Text className='entrust-summary-label'>{t('entrust.submit.signature')}</Text>
            <Image className='entrust-summary-signature' src={signature.filePath} mode='aspectFit' {...image(t('entrust.signature.yours'))} />
          </View>
        )}
      </View>

      {status.phase !== 'idle' && (
        <View className='submit-stages'>
          {STAGES.map((stage) => {
            const state = stageState(stage, status);
            return (
              <View key={stage} className={`submit-stage submit-stage--${state}`}>
                <Text className='submit-stage-name'>{t(`entrust.submit.stages.${stage}`)}</Text>
                <Text className='submit-stage-state'>{stateText(state)}</Text>
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
        {status.phase === 'failed' ? t('entrust.submit.retry') : status.phase === 'running' ? t('entrust.submit.running') : t('entrust.submit.submit')}
      </Button>
      <Text className='entrust-hint'>{t('entrust.submit.free')}</Text>
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
