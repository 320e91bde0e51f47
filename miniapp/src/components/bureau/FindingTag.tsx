// A unit's staffing finding: its agent count and a green 达标 / red 未达标 tag.
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StaffingFinding } from '@app/shared';

export function FindingTag({ finding }: { finding?: StaffingFinding }) {
  if (!finding) return <Text className='unit-finding-none'>未纳入配备检查</Text>;
  return (
    <View className='unit-finding'>
      <Text className='unit-finding-count'>代办帮办人员 {finding.agentCount} 名</Text>
      <Tag className={finding.ok ? 'unit-finding-tag unit-ok' : 'unit-finding-tag unit-short'} type={finding.ok ? 'success' : 'danger'} round>
        {finding.ok ? '达标' : '未达标'}
      </Tag>
    </View>
  );
}
