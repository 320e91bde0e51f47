// 申请材料: the case's material list (the item's as entrusted, plus what a 补正 asked for by name) with
// each one's state and file; upload, replace and 告知承诺 while the case is open.
import { Text, View } from '@tarojs/components';
import { checklistOf, mayHandIn, type CaseDetail } from '@app/shared';
import { isCaseOpen } from './caseLogic';
import { MaterialRow } from './MaterialRow';
import './case.scss';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';

interface Props {
  detail: CaseDetail;
  /** Reload the case: a new material shows on the timeline and in the list. */
  onChanged: () => void;
}

export function Materials({ detail, onChanged }: Props) {
  const editable = isCaseOpen(detail.state);
  const supplement = detail.state === 'supplementRequested' ? detail.supplement : undefined;
  const owed = new Set((supplement?.items ?? []).map((i) => i.materialSpecId).filter(Boolean));
  const entries = checklistOf(detail.materialSpecs, detail.materials);

  // A finished case with nothing handed in online (paper at the window) has no list worth showing.
  if (!editable && detail.materials.length === 0) return null;

  return (
    <View className='case-card-block case-materials'>
      <Text className='case-block-title'>{t('caseView.materials.title')}</Text>
      {entries.length === 0 && <Text className='case-muted'>{t('caseView.materials.none')}</Text>}
      {entries.length > 0 && (
        <Text className='case-muted'>{editable ? t('caseView.materials.formats') : t('caseView.materials.closed')}</Text>
      )}
      {entries.map((entry) => (
        <MaterialRow
          key={entry.spec.id}
          caseId={detail.id}
          entry={entry}
          canHandIn={editable && mayHandIn(entry.spec.id, detail.materials, supplement)}
          owed={owed.has(entry.spec.id)}
          onChanged={onChanged}
        />
      ))}
    </View>
  );
}
