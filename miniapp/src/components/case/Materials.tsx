// 申请材料: the item's material list with each one's state on this case; upload and 告知承诺 while the case is open.
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CaseDetail, ServiceItem } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { isCaseOpen, latestMaterial, materialStatus } from './caseLogic';
import { MaterialRow } from './MaterialRow';
import { errorMessage } from './messages';
import './case.scss';

type Specs = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; specs: ServiceItem['materials'] };

interface Props {
  detail: CaseDetail;
  /** Reload the case: a new material shows on the timeline and in the list. */
  onChanged: () => void;
}

export function Materials({ detail, onChanged }: Props) {
  const [specs, setSpecs] = useState<Specs>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setSpecs({ status: 'loading' });
    call('getServiceItem', { params: { id: detail.itemId } })
      .then((item) => live && setSpecs({ status: 'ready', specs: item.materials }))
      .catch((error: unknown) => live && setSpecs({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [detail.itemId, attempt]);

  const editable = isCaseOpen(detail.state);
  // The browser build picks photos only; WeChat also takes a PDF from a chat.
  const accepted = process.env.TARO_ENV === 'weapp' ? 'JPG、PNG 图片和 PDF 文件' : 'JPG、PNG 图片';
  const owed = new Set(
    detail.state === 'supplementRequested' ? (detail.supplement?.items ?? []).map((i) => i.materialSpecId).filter(Boolean) : [],
  );

  // A finished case with nothing handed in online (paper at the window) has no list worth showing.
  if (!editable && detail.materials.length === 0) return null;

  return (
    <View className='case-card-block case-materials'>
      <Text className='case-block-title'>申请材料</Text>
      {specs.status === 'loading' && <Text className='case-muted'>材料清单加载中…</Text>}
      {specs.status === 'error' && (
        <View className='material-error'>
          <Text className='material-error-message'>{specs.message}</Text>
          <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
            重新加载
          </Button>
        </View>
      )}
      {specs.status === 'ready' && specs.specs.length === 0 && <Text className='case-muted'>本事项无需提交材料</Text>}
      {specs.status === 'ready' && specs.specs.length > 0 && (
        <>
          <Text className='case-muted'>
            {editable ? `支持 ${accepted}，单个不超过 10 MB。` : '办件已结束，材料仅供查看。'}
          </Text>
          {specs.specs.map((spec) => (
            <MaterialRow
              key={spec.id}
              caseId={detail.id}
              spec={spec}
              latest={latestMaterial(spec, detail.materials)}
              status={materialStatus(spec, detail.materials)}
              editable={editable}
              owed={owed.has(spec.id)}
              onChanged={onChanged}
            />
          ))}
        </>
      )}
    </View>
  );
}
