// 材料审核: every material of the case's list with where it stands (未上传 / 待审核 / 已通过 / 已退回 /
// 告知承诺), the file the applicant handed in (opens on a tap), and 通过 or 退回 with a reason for the
// current version — in every state before the archive.
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { MaterialState, checklistOf, materialsReviewable, type CaseDetail, type ChecklistEntry, type Material, type MaterialSpec } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { MaterialFile } from '../case/MaterialFile';
import { errorMessage, toast } from '../case/messages';
import { formatTime } from '../../lib/format';
import '../case/case.scss';
import './agent.scss';
import { field } from '../../lib/a11y';

function ReviewButtons({ detail, material, onChanged }: { detail: CaseDetail; material: Material; onChanged: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const review = async (decision: 'accepted' | 'rejected') => {
    if (decision === 'rejected' && !reason.trim()) {
      toast('退回材料请说明原因');
      return;
    }
    setBusy(true);
    try {
      await call('reviewMaterial', {
        params: { id: detail.id, materialId: material.id },
        body: decision === 'accepted' ? { decision } : { decision, reason: reason.trim() },
      });
      toast(decision === 'accepted' ? '材料已通过' : '材料已退回', 'success');
      setRejecting(false);
      onChanged();
    } catch (error) {
      toast(errorMessage(error));
      onChanged(); // replaced or reviewed meanwhile: show what stands now
    } finally {
      setBusy(false);
    }
  };

  if (rejecting) {
    return (
      <View className='agent-material-reject'>
        <TextArea {...field('退回原因', true)} className='review-reason' placeholder='退回原因（必填），如：照片模糊，请重新拍摄' value={reason} maxLength={200} rows={2} onChange={setReason} />
        <View className='agent-material-buttons'>
          <Button className='material-review-reject-confirm' size='small' type='danger' loading={busy} disabled={busy} onClick={() => void review('rejected')}>
            确认退回
          </Button>
          <Button className='material-review-cancel' size='small' fill='none' onClick={() => setRejecting(false)}>
            取消
          </Button>
        </View>
      </View>
    );
  }
  return (
    <View className='agent-material-buttons'>
      <Button className='material-review-accept' size='small' type='success' loading={busy} disabled={busy} onClick={() => void review('accepted')}>
        通过
      </Button>
      <Button className='material-review-reject' size='small' type='danger' fill='outline' disabled={busy} onClick={() => setRejecting(true)}>
        退回
      </Button>
    </View>
  );
}

function ChecklistRow({ detail, entry, onChanged }: { detail: CaseDetail; entry: ChecklistEntry<MaterialSpec, Material>; onChanged: () => void }) {
  const { spec, latest, state, replaced } = entry;
  const reviewable = latest?.status === 'pending' && materialsReviewable(detail.state);
  return (
    <View className={`agent-material agent-material--${state}`} data-spec={spec.id} data-material={latest?.id}>
      <View className='agent-material-head'>
        <Text className='agent-material-name'>
          {spec.name}
          <Text className='agent-material-flag'>{spec.required ? ' · 必交' : ' · 选交'}</Text>
        </Text>
        <Text className={`material-status material-status--${state}`}>{MaterialState.labels[state]}</Text>
      </View>
      {latest ? (
        <>
          <MaterialFile caseId={detail.id} material={latest} />
          <Text className='case-muted'>
            {latest.kind === 'commitment' ? '告知承诺' : '上传'} · {latest.uploadedBy.name} {formatTime(latest.uploadedAt)}
            {replaced.length > 0 ? ` · 已替换旧版 ${replaced.length} 份` : ''}
          </Text>
        </>
      ) : (
        <Text className='case-muted agent-material-missing'>申请人尚未上传{spec.note ? `（${spec.note}）` : ''}</Text>
      )}
      {state === 'rejected' && latest?.reviewNote && <Text className='material-review-note'>退回原因：{latest.reviewNote}</Text>}
      {reviewable && latest && <ReviewButtons detail={detail} material={latest} onChanged={onChanged} />}
    </View>
  );
}

export function MaterialReview({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const entries = checklistOf(detail.materialSpecs, detail.materials);
  const required = entries.filter((e) => e.spec.required);
  const count = (state: MaterialState) => required.filter((e) => e.state === state).length;
  // Files outside the list (the agreement's handwritten signature): shown, not reviewed.
  const listed = new Set(detail.materialSpecs.map((s) => s.id));
  const others = detail.materials.filter((m) => !listed.has(m.materialSpecId));
  return (
    <View className='case-card-block agent-materials'>
      <Text className='case-block-title'>申请材料</Text>
      {required.length > 0 && (
        <Text className='case-muted agent-material-summary'>
          必交 {required.length} 项：已通过 {count('accepted')} · 待审核 {count('pending') + count('committed')} · 未上传 {count('missing')} · 已退回 {count('rejected')}
        </Text>
      )}
      {entries.length === 0 && <Text className='case-muted'>本事项无需提交材料</Text>}
      {entries.map((entry) => (
        <ChecklistRow key={entry.spec.id} detail={detail} entry={entry} onChanged={onChanged} />
      ))}
      {others.length > 0 && (
        <View className='agent-material-others'>
          <Text className='case-muted'>其他材料</Text>
          {others.map((m) => (
            <View key={m.id} className='agent-material'>
              <Text className='agent-material-name'>{m.name}</Text>
              <MaterialFile caseId={detail.id} material={m} />
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
