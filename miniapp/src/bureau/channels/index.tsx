// 渠道接入密钥: the bureau issues, lists and revokes the API keys with which the web portal (政务服务网)
// and the 12345 hotline entrust items on behalf of callers. A key is shown whole only once, at issue.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { CHANNEL_API_KEY_HEADER, type ApiKeySummary } from '@app/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { ChannelKeyCard } from '../../components/bureau/ChannelKeyCard';
import { IssueKeyForm, type IssuedApiKey } from '../../components/bureau/IssueKeyForm';
import { IssuedKey } from '../../components/bureau/IssuedKey';
import { errorMessage, toast } from '../../components/case/messages';
import { useSignedIn } from '../../components/dashboard/useSignedIn';
import { pageClass, useElderly } from '../../lib/elderly';
import '../../components/catalogueAdmin/catalogueAdmin.scss';
import './index.scss';

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; keys: ApiKeySummary[] };

export default function ChannelKeysPage() {
  const [elderly] = useElderly();
  const user = useSignedIn();
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [issued, setIssued] = useState<IssuedApiKey>();
  const [revoking, setRevoking] = useState<string>();
  const isBureau = user.status === 'ready' && user.user.role === 'bureau';

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    setList((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    call('listChannelKeys')
      .then((data) => live && setList({ status: 'ready', keys: data.keys }))
      .catch((error: unknown) => live && setList({ status: 'error', message: errorMessage(error) }))
      .finally(() => void Taro.stopPullDownRefresh?.());
    return () => {
      live = false;
    };
  }, [isBureau, reloads]);

  usePullDownRefresh(() => setReloads((n) => n + 1));

  const put = (key: ApiKeySummary) =>
    setList((s) => (s.status === 'ready' ? { status: 'ready', keys: [key, ...s.keys.filter((k) => k.id !== key.id)] } : s));

  const onIssued = (answer: IssuedApiKey) => {
    // The list keeps the summary only; the whole key lives in the once-shown box until it is closed.
    const { key: _shownOnce, ...summary } = answer;
    put(summary);
    setIssued(answer);
  };

  const revoke = async (key: ApiKeySummary) => {
    const { confirm } = await Taro.showModal({
      title: '吊销密钥',
      content: `吊销后「${key.label}」立即无法再调用接口，且不能恢复。确定吊销吗？`,
      confirmText: '吊销',
      confirmColor: '#c42b21',
    });
    if (!confirm) return;
    setRevoking(key.id);
    try {
      const revoked = await call('revokeChannelKey', { params: { id: key.id } });
      setList((s) => (s.status === 'ready' ? { status: 'ready', keys: s.keys.map((k) => (k.id === revoked.id ? revoked : k)) } : s));
      toast('密钥已吊销', 'success');
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setRevoking(undefined);
    }
  };

  const page = (content: JSX.Element) => <View className={pageClass(elderly, 'channels-page')}>{content}</View>;
  if (user.status === 'checking') return page(<View className='channel-status'>加载中…</View>);
  if (!isBureau) return page(<View className='channel-status'>{user.status === 'none' ? '请先登录' : '仅限政务服务局使用'}</View>);

  return page(
    <>
      <Text className='channel-intro'>
        {`政务服务网、12345热线的系统凭密钥（请求头 ${CHANNEL_API_KEY_HEADER}）代群众提交委托、查询进度。每个渠道系统单独签发一把密钥，不再使用或疑似泄露时请立即吊销。`}
      </Text>
      <IssueKeyForm onIssued={onIssued} onAlreadyIssued={() => setReloads((n) => n + 1)} />
      <Text className='channel-list-title'>已签发的密钥</Text>
      {list.status === 'loading' && <View className='channel-status'>加载中…</View>}
      {list.status === 'error' && (
        <View className='channel-status'>
          <Text>{list.message}</Text>
          <Button size='small' onClick={() => setReloads((n) => n + 1)}>
            重试
          </Button>
        </View>
      )}
      {list.status === 'ready' && list.keys.length === 0 && <View className='channel-status'>尚未签发密钥</View>}
      {list.status === 'ready' && list.keys.map((k) => <ChannelKeyCard key={k.id} apiKey={k} revoking={revoking === k.id} onRevoke={() => void revoke(k)} />)}
      {issued && <IssuedKey issued={issued} onClose={() => setIssued(undefined)} />}
    </>,
  );
}
