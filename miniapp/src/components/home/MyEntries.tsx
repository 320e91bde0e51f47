// The personal entries of the home: my cases, my bookings, service points and notices.
import { View } from '@tarojs/components';
import { Clock, Location, Notice, Order, Search } from '@nutui/icons-react-taro';
import { t } from '../../lib/i18n';
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
      <HomeEntry className='home-workbench' title={t('home.entries.workbench')} hint={elderly ? t('home.entries.workbenchHint') : undefined} icon={<Order />} url='/agent/inbox/index' large={elderly} />
    ) : role === 'bureau' ? (
      <HomeEntry className='home-bureau' title={t('home.entries.bureau')} hint={elderly ? t('home.entries.bureauHint') : undefined} icon={<Location />} url='/bureau/dashboard/index' large={elderly} />
    ) : null;
  const myCases = (
    <HomeEntry
      className='home-my-cases'
      badgeClassName='home-my-cases-badge'
      title={t('home.entries.myCases')}
      hint={elderly ? (needsMe > 0 ? t('home.entries.needsMe', { n: needsMe }) : t('home.entries.casesHint')) : undefined}
      icon={<Order />}
      url='/resident/cases/index'
      badge={needsMe}
      badgeMeaning={t('home.entries.needsMeMeaning')}
      large={elderly}
    />
  );
  const bookings = (
    <HomeEntry
      className='home-bookings'
      title={t('home.entries.bookings')}
      hint={elderly ? t('home.entries.bookingsHint') : undefined}
      icon={<Clock />}
      url='/resident/bookings/index'
      large={elderly}
    />
  );
  const points = (
    <HomeEntry
      className='home-points'
      title={t('home.entries.points')}
      hint={elderly ? t('home.entries.pointsHint') : undefined}
      icon={<Location />}
      url='/resident/points/index'
      large={elderly}
    />
  );

  // Public supervision (接受社会监督): anyone may see the scorecard and send an opinion.
  const scorecard = (
    <HomeEntry className='home-scorecard' title={t('home.entries.scorecard')} hint={elderly ? t('home.entries.scorecardHint') : undefined} icon={<Order />} url='/resident/scorecard/index' large={elderly} />
  );
  const opinions = (
    <HomeEntry className='home-opinions' title={t('home.entries.opinions')} hint={elderly ? t('home.entries.opinionsHint') : undefined} icon={<Notice />} url='/resident/opinions/index' large={elderly} />
  );

  if (elderly) {
    return (
      <View className='home-entries home-entries--large'>
        {workbench}
        <HomeEntry
          className='home-find-items'
          title={t('home.entries.findItems')}
          hint={t('home.entries.findItemsHint')}
          icon={<Search />}
          url='/resident/items/index'
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
        title={t('home.entries.notices')}
        icon={<Notice />}
        url='/resident/notices/index'
        badge={counts.user ? counts.unread : 0}
      />
      {scorecard}
      {opinions}
    </View>
  );
}
