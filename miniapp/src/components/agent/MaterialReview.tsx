// 材料审核: what the applicant handed in, opened for a look, then 通过 or 退回 with a reason.
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { CaseDetail, Material } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { MATERIAL_STATUS_LABELS, isCaseOpen } from '../case/caseLogic';
import { errorMessage, toast } from '../case/messages';
import { formatTime } from '../../lib/format';
import { isImage } from './agentLogic';
import '../case/case.scss';
import './agent.scss';

/** Opens a material: pictures in the image viewer, PDFs as a document (a new tab in the browser build). */
async function viewMaterial(caseId: string, material: Material): Promise<void> {
  try {
    const { url } = await call('downloadMaterial', { params: { id: caseId, materialId: material.id } });
    if (isImage(material.contentType)) {
      await Taro.previewImage({ urls: [url], current: url });
    } else if (process.env.TARO_ENV === 'h5') {
      window.open(url, '_blank');
    } else {
      const file = await Taro.downloadFile({ url });
      await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
    }
  } catch (error) {
    toast(errorMessage(error));
  }
}

function MaterialItem({ detail, material, onChanged }: { detail: CaseDetail; material: Material; onChanged: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const reviewable = material.status === 'pending' && isCaseOpen(detail.state);

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
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className={`agent-material agent-material--${material.status}`} data-material={material.id}>
      <View className='agent-material-head'>
        <Text className='agent-material-name'>{material.name}</Text>
        <Text className={`material-status material-status--${material.status}`}>{MATERIAL_STATUS_LABELS[material.status]}</Text>
      </View>
      <Text className='case-muted'>
        {material.kind === 'commitment' ? '告知承诺' : material.fileName ?? '文件'} · {material.uploadedBy.name} {formatTime(material.uploadedAt)}
      </Text>
      {material.kind === 'commitment' && material.commitmentStatement && <Text className='agent-material-statement'>{material.commitmentStatement}</Text>}
      {material.status === 'rejected' && material.reviewNote && <Text className='material-review-note'>退回原因：{material.reviewNote}</Text>}
      <View className='agent-material-buttons'>
        {material.kind === 'file' && (
          <Button className='material-view' size='small' fill='outline' onClick={() => void viewMaterial(detail.id, material)}>
            查看
          </Button>
        )}
        {reviewable && !rejecting && (
          <>
            <Button className='material-review-accept' size='small' type='success' loading={busy} disabled={busy} onClick={() => void review('accepted')}>
              通过
            </Button>
            <Button className='material-review-reject' size='small' type='danger' fill='outline' disabled={busy} onClick={() => setRejecting(true)}>
              退回
            </Button>
          </>
        )}
      </View>
      {reviewable && rejecting && (
        <View className='agent-material-reject'>
          <TextArea className='review-reason' placeholder='退回原因（必填），如：照片模糊，请重新拍摄' value={reason} maxLength={200} rows={2} onChange={setReason} />
          <View className='agent-material-buttons'>
            <Button className='material-review-reject-confirm' size='small' type='danger' loading={busy} disabled={busy} onClick={() => void review('rejected')}>
              确认退回
            </Button>
            <Button className='material-review-cancel' size='small' fill='none' onClick={() => setRejecting(false)}>
              取消
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}

export function MaterialReview({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  // Newest first: a re-upload after a rejection is what needs review now.
  const materials = [...detail.materials].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <View className='case-card-block agent-materials'>
      <Text className='case-block-title'>申请材料</Text>
      {materials.length === 0 && <Text className='case-muted'>申请人尚未上传材料</Text>}
      {materials.map((m) => (
        <MaterialItem key={m.id} detail={detail} material={m} onChanged={onChanged} />
      ))}
    </View>
  );
}
