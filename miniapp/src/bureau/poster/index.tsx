// 网点二维码海报: a service point's printable QR poster, as a local QR or a WeChat mini-program code.
import '../../api/allRoutes';
import { Image, Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import { useRouter } from '@tarojs/taro';
import type { RouteResponse } from '@app/shared';
import { Choices } from '../../components/ui/Choices';
import { image } from '../../lib/a11y';

type Poster = RouteResponse<'pointPoster'>;
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/bureau/bureau.scss';

type Source = Poster['source'];
type PosterState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; poster: Poster };

const SOURCES: { value: Source; label: string }[] = [
  { value: 'local', label: '本地二维码' },
  { value: 'wechat', label: '小程序码' },
];

const isH5 = process.env.TARO_ENV === 'h5';

export default function BureauPosterPage() {
  const [elderly] = useElderly();
  const { params } = useRouter();
  const pointId = params.pointId ? decodeURIComponent(params.pointId) : '';
  const [source, setSource] = useState<Source>('local');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PosterState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    if (!pointId) {
      setState({ status: 'error', message: '未指定服务网点' });
      return;
    }
    setState({ status: 'loading' });
    requireUser()
      .then((user) => {
        if (!user) throw new ApiCallError('unauthenticated', 401);
        if (user.role !== 'bureau') throw new ApiCallError('forbidden', 403, '仅限政务服务局使用');
        return call('pointPoster', { params: { id: pointId }, query: { source } });
      })
      .then((poster) => live && setState({ status: 'ready', poster }))
      .catch((error: unknown) => {
        if (!live) return;
        setState({ status: 'error', message: error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试' });
      });
    return () => {
      live = false;
    };
  }, [pointId, source, attempt]);

  const print = () => {
    if (process.env.TARO_ENV === 'h5') window.print();
  };

  return (
    <View className={pageClass(elderly, 'bureau-poster')}>
      <Choices
        label='二维码类型'
        className='poster-sources'
        choiceClass='poster-source'
        activeClass='poster-source--active'
        choices={SOURCES.map((s) => ({ value: s.value, label: s.label }))}
        selected={[source]}
        onToggle={setSource}
      />

      {state.status === 'loading' && <View className='bureau-status'>生成中…</View>}
      {state.status === 'error' && (
        <View className='bureau-status poster-error'>
          <EmptyState description={state.message} />
          <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <View className='poster-body'>
          <Image
            className='poster-image'
            {...image('网点二维码海报：网点名称、办公时间、地址、电话和二维码')}
            src={'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(state.poster.svg)}
            mode='widthFix'
            showMenuByLongpress
          />
          <View className='poster-target'>
            <Text className='poster-target-label'>扫码打开：</Text>
            <Text className='poster-target-value' userSelect>
              {state.poster.target}
            </Text>
          </View>
          {isH5 && (
            <Button className='poster-print' type='primary' block onClick={print}>
              打印
            </Button>
          )}
          {!isH5 && <Text className='poster-hint'>长按图片可保存或转发，到电脑端打印</Text>}
        </View>
      )}
    </View>
  );
}
