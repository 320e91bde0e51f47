// 办事评价公示: each department's cases, on-time rate and satisfaction over the last 30 and 365 days,
// open to everyone without signing in (接受社会监督). Plain CSS bars: no chart library here.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { RatingLevel, type RatingDistribution, type Scorecard } from '@app/shared';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/resident';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { formatTime } from '../../lib/format';
import { heading } from '../../lib/a11y';
import { pageClass, useElderly } from '../../lib/elderly';
import './index.scss';
import { TabBar } from '../../components/ui/TabBar';

type Window = Scorecard['windows'][number];
type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; scorecard: Scorecard };

const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
const width = (rate: number | null) => `${Math.round((rate ?? 0) * 100)}%`;

function Bar({ label, rate, tone }: { label: string; rate: number | null; tone: 'ontime' | 'satisfied' | 'bad' }) {
  return (
    <View className='score-bar-row'>
      <Text className='score-bar-label'>{label}</Text>
      <View className='score-bar-track'>
        <View className={`score-bar-fill score-bar-${tone}`} style={{ width: width(rate) }} />
      </View>
      <Text className='score-bar-value'>{percent(rate)}</Text>
    </View>
  );
}

function Ratings({ ratings }: { ratings: RatingDistribution }) {
  const total = RatingLevel.values.reduce((sum, level) => sum + (ratings[level] ?? 0), 0);
  if (total === 0) return <Text className='score-muted'>{t('scorecard.noRatings')}</Text>;
  return (
    <View className='score-ratings'>
      <View className='score-ratings-strip'>
        {RatingLevel.values.map((level) =>
          ratings[level] ? <View key={level} className={`score-rating-part score-rating-${level}`} style={{ width: `${(ratings[level] / total) * 100}%` }} /> : null,
        )}
      </View>
      <View className='score-ratings-legend'>
        {RatingLevel.values.map((level) => (
          <Text key={level} className={`score-rating-item score-rating-text-${level}`}>
            {t(`vocab.rating.${level}`)} {ratings[level] ?? 0}
          </Text>
        ))}
      </View>
    </View>
  );
}

function WindowView({ window }: { window: Window }) {
  if (window.departments.length === 0) return <View className='score-empty'>{t('common.noData')}</View>;
  return (
    <View>
      <Text className='score-range'>
        {t('scorecard.range', { from: window.from, to: window.to })}
      </Text>
      {window.departments.map((d) => (
        <View key={d.departmentId} className='score-dept' data-department-id={d.departmentId}>
          <View className='score-dept-head'>
            <Text className='score-dept-name'>{d.departmentName}</Text>
            <Text className='score-muted'>
              {t('scorecard.received')} <Text className='score-received'>{d.received}</Text> {t('scorecard.receivedDone', { n: d.done })}
            </Text>
          </View>
          <Bar label={t('scorecard.onTime')} rate={d.onTimeRate} tone='ontime' />
          <Bar label={t('scorecard.satisfied')} rate={d.satisfactionRate} tone='satisfied' />
          <Bar label={t('scorecard.bad')} rate={d.badRatingRate} tone='bad' />
          <Ratings ratings={d.ratings} />
        </View>
      ))}
    </View>
  );
}

export default function ScorecardPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const [days, setDays] = useState<30 | 365>(30);
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('scorecard')
      .then((scorecard) => live && setState({ status: 'ready', scorecard }))
      .catch((error: unknown) => live && setState({ status: 'error', message: error instanceof ApiCallError ? error.message : t('common.systemError') }));
    return () => {
      live = false;
    };
  }, [attempt]);

  const window = state.status === 'ready' ? state.scorecard.windows.find((w) => w.days === days) : undefined;
  return (
    <View className={pageClass(elderly, `score-page ${languageClass(language)}`)} {...languageProps(language)}>
      <Text className='score-intro'>{t('scorecard.intro')}</Text>
      <Text className='score-muted score-definition'>{t('scorecard.definition')}</Text>
      <TabBar
        label={t('scorecard.period')}
        className='score-tabs'
        tabs={([30, 365] as const).map((d) => ({ value: String(d), title: t('scorecard.lastDays', { n: d }), className: `score-tab-${d}` }))}
        value={String(days)}
        onChange={(d) => setDays(Number(d) as 30 | 365)}
      />
      {state.status === 'loading' && <View className='score-empty'>{t('common.loading')}</View>}
      {state.status === 'error' && (
        <View className='score-empty'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {state.status === 'ready' && (window ? <WindowView window={window} /> : <View className='score-empty'>{t('common.noData')}</View>)}
      {state.status === 'ready' && state.scorecard.pointWaits.points.length > 0 && (
        <View className='score-waits'>
          <Text className='score-waits-title' {...heading(2)}>
            {t('scorecard.waitsTitle')}
          </Text>
          <Text className='score-muted'>{t('scorecard.waitsHint')}</Text>
          {state.scorecard.pointWaits.points.map((p) => (
            <View key={p.pointId} className='score-wait-row'>
              <Text className='score-wait-name'>{p.pointName}</Text>
              <Text className='score-wait-figure'>{p.averageWaitMinutes === null ? t('scorecard.noCalls') : t('scorecard.waitFigure', { minutes: p.averageWaitMinutes.toFixed(1), n: p.called })}</Text>
            </View>
          ))}
        </View>
      )}
      {state.status === 'ready' && <Text className='score-computed'>{t('scorecard.computedAt', { time: formatTime(state.scorecard.computedAt) })}</Text>}
    </View>
  );
}
