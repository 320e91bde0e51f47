// 网点二维码海报: a service point's printable QR poster in Mongolian and Chinese, as a local QR or a
// WeChat mini-program code. On H5 the SVG is drawn inline, so its Mongolian uses the font the app
// loads from its own origin (an SVG in an <img> could use only the machine's fonts).
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
import { loadMongolianFont } from '../../lib/mongolianFont';
import '../../components/bureau/bureau.scss';

type Source = Poster['source'];
type PosterState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; poster: Poster };

const SOURCES: { value: Source; label: string }[] = [
  { value: 'local', label: '本地二维码' },
  { value: 'wechat', label: '小程序码' },
];

const isH5 = process.env.TARO_ENV === 'h5';

const POSTER_LABEL = '网点二维码海报：蒙古文和中文的网点名称、使用说明、办公时间、地址、电话和二维码';
const UNTRANSLATED_LABELS = { name: '名称', address: '地址' } as const;
/** The SVG document as an inline element (without its XML declaration). */
const inlineSvg = (svg: string) => svg.replace(/^<\?xml[^>]*\?>\s*/, '');

export default function BureauPosterPage() {
  const [elderly] = useElderly();
  const { params } = useRouter();
  const pointId = params.pointId ? decodeURIComponent(params.pointId) : '';
  const [source, setSource] = useState<Source>('local');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PosterState>({ status: 'loading' });

  useEffect(() => {
    void loadMongolianFont();
  }, []);

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
          {Boolean(state.poster.untranslated?.length) && (
            <Text className='poster-untranslated'>
              {`该网点尚未填写蒙古文${state.poster.untranslated!.map((k) => UNTRANSLATED_LABELS[k]).join('、')}，海报上这些内容只有中文。可在“服务网络配备”中点“蒙古文名称”填写。`}
            </Text>
          )}
          {isH5 ? (
            <View className='poster-image poster-svg' {...image(POSTER_LABEL)} dangerouslySetInnerHTML={{ __html: inlineSvg(state.poster.svg) }} />
          ) : (
            <Image
              className='poster-image'
              {...image(POSTER_LABEL)}
              src={'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(state.poster.svg)}
              mode='widthFix'
              showMenuByLongpress
            />
          )}
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
