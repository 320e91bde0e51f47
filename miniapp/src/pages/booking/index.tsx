// Placeholder until the page is written.
import { View } from '@tarojs/components';

export default function Page() {
  return <View>代办帮办</View>;
}
