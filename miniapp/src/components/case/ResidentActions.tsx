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
          <Text className='case-block-title'>待签署代办帮办协议</Text>
          <Text className='case-text'>请在委托流程中签署代办帮办协议，签署后部门即可受理。</Text>
        </View>
      )}

      {supplement && (
        <View className='case-supplement'>
          <Text className='case-block-title'>需要您补正的材料</Text>
          {supplement.items.map((item, i) => {
            const handedIn = supplementHandedIn(item, detail.materials, supplement.requestedAt);
            return (
              <View key={`${item.name}-${i}`} className='supplement-item'>
                <View className='supplement-head'>
                  <Text className='supplement-name'>{item.name}</Text>
                  {handedIn !== undefined && (
                    <Text className={`supplement-state${handedIn ? ' supplement-state--done' : ''}`}>{handedIn ? '已重新提交' : '待重新提交'}</Text>
                  )}
                </View>
                <Text className='supplement-reason'>代办帮办员说明：{item.reason}</Text>
              </View>
            );
          })}
          <Text className='case-hint'>请在下方材料清单中重新上传，补正期间不计入承诺时限。</Text>
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
            补正完成
          </Button>
          {why('answerSupplement') && <Text className='action-blocked-reason'>{why('answerSupplement')}</Text>}
        </View>
      )}

      {shown('submitMaterials') && (
        <View className='case-submit'>
          <Text className='case-hint'>材料上传齐全后点击提交，经办人将开始审核。</Text>
          <Button
            className='action-submit-materials'
            type='primary'
            block
            loading={busy}
            disabled={busy || !can('submitMaterials')}
            reason={why('submitMaterials')}
            onClick={() => can('submitMaterials') && void run({ action: 'submitMaterials' })}
          >
            提交材料
          </Button>
          {why('submitMaterials') && <Text className='action-blocked-reason'>{why('submitMaterials')}</Text>}
        </View>
      )}
    </View>
  );
}
