// 网点预约履约: per service point over the period, bookings made, checked in, no-shows (未到) and
// cancellations, with the no-show rate — what the bureau looks at before changing a point's places.
import { Text, View } from '@tarojs/components';
import type { RouteResponse } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../case/messages';
import { percent, type Period } from './figures';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: RouteResponse<'pointBookingFigures'> };

export function PointBookings({ period }: { period: Period }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('pointBookingFigures', { query: { from: period.from, to: period.to } })
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [period]);

  return (
    <View className='dash-card dash-point-bookings'>
      <Text className='dash-card-title'>网点预约履约（按预约日期）</Text>
      {state.status === 'loading' && <View className='dash-empty'>加载中…</View>}
      {state.status === 'error' && <View className='dash-empty dash-error'>{state.message}</View>}
      {state.status === 'ready' && (
        <View className='dash-table'>
          <View className='dash-tr dash-th'>
            <Text className='dash-td dash-td-name'>网点</Text>
            <Text className='dash-td'>预约</Text>
            <Text className='dash-td'>签到</Text>
            <Text className='dash-td'>未到</Text>
            <Text className='dash-td'>取消</Text>
            <Text className='dash-td'>爽约率</Text>
          </View>
          {state.data.points.map((p) => (
            <View key={p.pointId} className='dash-tr' data-point-id={p.pointId}>
              <Text className='dash-td dash-td-name'>{p.pointName}</Text>
              <Text className='dash-td'>{p.booked}</Text>
              <Text className='dash-td'>{p.checkedIn}</Text>
              <Text className={`dash-td${p.noShow > 0 ? ' dash-tone-near' : ''}`}>{p.noShow}</Text>
              <Text className='dash-td'>{p.cancelled}</Text>
              <Text className='dash-td'>{percent(p.noShowRate)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
