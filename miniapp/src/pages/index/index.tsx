// Home (replaced by the home page work).
import { View } from '@tarojs/components';

export default function Home() {
  return <View>代办帮办</View>;
}
