// The personal entries of the home: my cases, my bookings, service points and notices.
import { View } from '@tarojs/components';
import { Clock, Location, Notice, Order, Search } from '@nutui/icons-react-taro';
import { HomeEntry } from './HomeEntry';
import type { HomeCounts } from './useHomeCounts';

interface MyEntriesProps {
  counts: HomeCounts;
  /** 长辈模式: four very large rows and no notices entry. */
  elderly: boolean;
}

export function MyEntries({ counts, elderly }: MyEntriesProps) {
  // The badge is only meaningful for a signed-in resident.
  const needsMe = counts.user ? counts.needsMe : 0;
  // Staff reach their own subpackages from here: agents their workbench, the bureau the network.
  const role = counts.user?.role;
  const workbench =
    role === 'agent' ? (
      <HomeEntry className='home-workbench' title='代办帮办工作台' hint={elderly ? '我的待办与本部门办件' : undefined} icon={<Order />} url='/agent/inbox/index' large={elderly} />
    ) : role === 'bureau' ? (
      <HomeEntry className='home-bureau' title='督查考评与服务网络' hint={elderly ? '考评图表、人员配备、网点二维码' : undefined} icon={<Location />} url='/bureau/dashboard/index' large={elderly} />
    ) : null;
  const myCases = (
    <HomeEntry
      className='home-my-cases'
      badgeClassName='home-my-cases-badge'
      title='我的办件'
      hint={elderly ? (needsMe > 0 ? `有 ${needsMe} 件需要您处理` : '查看办理进度') : undefined}
      icon={<Order />}
      url='/resident/cases/index'
      badge={needsMe}
      badgeMeaning='件需要您处理'
      large={elderly}
    />
  );
  const bookings = (
    <HomeEntry
      className='home-bookings'
      title='我的预约'
      hint={elderly ? '到网点办事的时间' : undefined}
      icon={<Clock />}
      url='/resident/bookings/index'
      large={elderly}
    />
  );
  const points = (
    <HomeEntry
      className='home-points'
      title='服务网点'
      hint={elderly ? '地址、电话、办公时间' : undefined}
      icon={<Location />}
      url='/resident/points/index'
      large={elderly}
    />
  );

  // Public supervision (接受社会监督): anyone may see the scorecard and send an opinion.
  const scorecard = (
    <HomeEntry className='home-scorecard' title='办事评价公示' hint={elderly ? '各部门办件与满意度' : undefined} icon={<Order />} url='/resident/scorecard/index' large={elderly} />
  );
  const opinions = (
    <HomeEntry className='home-opinions' title='意见建议' hint={elderly ? '提建议、反映问题' : undefined} icon={<Notice />} url='/resident/opinions/index' large={elderly} />
  );

  if (elderly) {
    return (
      <View className='home-entries home-entries--large'>
        {workbench}
        <HomeEntry
          className='home-find-items'
          title='找事项办事'
          hint='查找要办的事，请代办员帮忙'
          icon={<Search />}
          url='/pages/items/index'
          large
        />
        {myCases}
        {bookings}
        {points}
        {scorecard}
        {opinions}
      </View>
    );
  }
  return (
    <View className='home-entries'>
      {workbench}
      {myCases}
      {bookings}
      {points}
      <HomeEntry
        className='home-notices'
        badgeClassName='home-notices-badge'
        title='消息'
        icon={<Notice />}
        url='/resident/notices/index'
        badge={counts.user ? counts.unread : 0}
      />
      {scorecard}
      {opinions}
    </View>
  );
}
