// What the applicant can do now, as the API offers it: sign (in the entrustment flow), submit materials,
// answer a supplement request (its items and the agent's reasons first). A step the API holds back
// for want of its materials shows as a disabled button with the reason under it.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import type { CaseAction, CaseDetail } from '@app/shared';
import { useState } from 'react';
import { blockedText, supplementHandedIn } from './caseLogic';
import type { ActOnCase } from './types';
import './case.scss';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';

export function ResidentActions({ detail, act }: { detail: CaseDetail; act: ActOnCase }) {
  const [busy, setBusy] = useState(false);
  const can = (action: CaseDetail['availableActions'][number]) => detail.availableActions.includes(action);
  const run = async (body: Parameters<ActOnCase>[0]) => {
    setBusy(true);
    try {
      await act(body);
    } finally {
      setBusy(false);
    }
  };

  const blocked = (action: CaseAction) => detail.blockedActions.find((b) => b.action === action);
  const shown = (action: CaseAction) => can(action) || Boolean(blocked(action));
  const why = (action: CaseAction) => {
    const b = blocked(action);
    return b ? blockedText(detail, b.reason) : undefined;
  };

  const supplement = detail.state === 'supplementRequested' ? detail.supplement : undefined;
  const showSign = can('signAgreement');
  if (!supplement && !showSign && !shown('submitMaterials') && !shown('answerSupplement')) return null;

  return (
    <View className='case-card-block case-actions'>
      {showSign && (
        <View className='case-sign-note'>
          <Text className='case-block-title'>{t('caseView.actions.agreementTitle')}</Text>
          <Text className='case-text'>{t('caseView.actions.agreementText')}</Text>
        </View>
      )}

      {supplement && (
        <View className='case-supplement'>
          <Text className='case-block-title'>{t('caseView.actions.supplementTitle')}</Text>
          {supplement.items.map((item, i) => {
            const handedIn = supplementHandedIn(item, detail.materials, supplement.requestedAt);
            return (
              <View key={`${item.name}-${i}`} className='supplement-item'>
                <View className='supplement-head'>
                  <Text className='supplement-name'>{item.name}</Text>
                  {handedIn !== undefined && (
                    <Text className={`supplement-state${handedIn ? ' supplement-state--done' : ''}`}>{handedIn ? t('caseView.actions.handedIn') : t('caseView.actions.notHandedIn')}</Text>
                  )}
                </View>
                <Text className='supplement-reason'>{t('caseView.actions.agentSays', { reason: item.reason })}</Text>
              </View>
            );
          })}
          <Text className='case-hint'>{t('caseView.actions.supplementHint')}</Text>
        </View>
      )}

      {shown('answerSupplement') && (
        <View className='case-submit'>
          <Button
            className='action-answer-supplement'
            type='primary'
            block
            loading={busy}
            disabled={busy || !can('answerSupplement')}
            reason={why('answerSupplement')}
            onClick={() => can('answerSupplement') && void run({ action: 'answerSupplement' })}
          >
            {t('caseView.actions.supplementDone')}
          </Button>
          {why('answerSupplement') && <Text className='action-blocked-reason'>{why('answerSupplement')}</Text>}
        </View>
      )}

      {shown('submitMaterials') && (
        <View className='case-submit'>
          <Text className='case-hint'>{t('caseView.actions.submitHint')}</Text>
          <Button
            className='action-submit-materials'
            type='primary'
            block
            loading={busy}
            disabled={busy || !can('submitMaterials')}
            reason={why('submitMaterials')}
            onClick={() => can('submitMaterials') && void run({ action: 'submitMaterials' })}
          >
            {t('caseView.actions.submit')}
          </Button>
          {why('submitMaterials') && <Text className='action-blocked-reason'>{why('submitMaterials')}</Text>}
        </View>
      )}
    </View>
  );
}
