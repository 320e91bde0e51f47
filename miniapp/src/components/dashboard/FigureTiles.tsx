// The district's headline figures as tiles; overdue red, rectifications past due red, near yellow.
import { Text, View } from '@tarojs/components';
import type { SupervisionFigures } from '@app/shared';
import { percent, workingDays } from './figures';

interface Tile {
  key: string;
  label: string;
  value: string;
  tone?: 'overdue' | 'near';
  note?: string;
}

export function tilesOf(f: SupervisionFigures): Tile[] {
  return [
    { key: 'received', label: '受理', value: String(f.received) },
    { key: 'onTimeRate', label: '按时办结率', value: percent(f.onTimeRate) },
    { key: 'overdue', label: '逾期', value: String(f.overdueOpen), tone: f.overdueOpen > 0 ? 'overdue' : undefined, note: `另超期办结${f.lateDone}` },
    { key: 'averageWorkingDays', label: '平均办理工作日', value: workingDays(f.averageWorkingDays) },
    { key: 'badRatings', label: '差评', value: String(f.badRatings), tone: f.badRatings > 0 ? 'near' : undefined },
    {
      key: 'rectifying',
      label: '整改中',
      value: String(f.rectifications.open),
      tone: f.rectifications.overdue > 0 ? 'overdue' : f.rectifications.open > 0 ? 'near' : undefined,
      note: f.rectifications.overdue > 0 ? `其中逾期${f.rectifications.overdue}` : `已整改${f.rectifications.done}`,
    },
  ];
}

export function FigureTiles({ figures }: { figures: SupervisionFigures }) {
  return (
    <View className='dash-tiles'>
      {tilesOf(figures).map((t) => (
        <View key={t.key} className={`dash-tile dash-tile-${t.key}${t.tone ? ` dash-tone-${t.tone}` : ''}`}>
          <Text className='dash-tile-value'>{t.value}</Text>
          <Text className='dash-tile-label'>{t.label}</Text>
          {t.note && <Text className='dash-tile-note'>{t.note}</Text>}
        </View>
      ))}
    </View>
  );
}
