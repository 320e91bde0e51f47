// Placeholder until the agent workbench page is written.
import { View } from '@tarojs/components';

export default function Page() {
  return <View>代办帮办工作台</View>;
}
