// A table of units (departments or agents) and their figures; a row can be tapped to open it.
import { Text, View } from '@tarojs/components';
import type { SupervisionFigures } from '@app/shared';
import { percent, workingDays } from './figures';
import { control } from '../../lib/a11y';

export interface UnitRow {
  id: string;
  name: string;
  figures: SupervisionFigures;
}

export function UnitTable({ rows, selectedId, onSelect }: { rows: UnitRow[]; selectedId?: string; onSelect?: (id: string) => void }) {
  return (
    <View className='dash-table'>
      <View className='dash-tr dash-th'>
        <Text className='dash-td dash-td-name'>名称</Text>
        <Text className='dash-td'>受理</Text>
        <Text className='dash-td'>按时率</Text>
        <Text className='dash-td'>逾期</Text>
        <Text className='dash-td'>均工作日</Text>
        <Text className='dash-td'>差评</Text>
      </View>
      {rows.map((r) => (
        <View
          key={r.id}
          className={`dash-tr${onSelect ? ' dash-tr--link tap' : ''}${r.id === selectedId ? ' dash-tr--on' : ''}`}
          data-unit-id={r.id}
          {...(onSelect ? control('button', `${r.name}：受理 ${r.figures.received}，查看人员考评`, { current: r.id === selectedId }) : {})}
          onClick={onSelect ? () => onSelect(r.id) : undefined}
        >
          <Text className='dash-td dash-td-name'>{r.name}</Text>
          <Text className='dash-td dash-td-received'>{r.figures.received}</Text>
          <Text className='dash-td'>{percent(r.figures.onTimeRate)}</Text>
          <Text className={`dash-td dash-td-overdue${r.figures.overdueOpen > 0 ? ' dash-tone-overdue' : ''}`}>{r.figures.overdueOpen}</Text>
          <Text className='dash-td'>{workingDays(r.figures.averageWorkingDays)}</Text>
          <Text className={`dash-td${r.figures.badRatings > 0 ? ' dash-tone-near' : ''}`}>{r.figures.badRatings}</Text>
        </View>
      ))}
    </View>
  );
}
