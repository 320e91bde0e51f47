// 事项编辑: publish a new service item, or edit one (materials, deadlines) at the version read;
// 停用/启用 it. The department list comes from /network/departments.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/EmptyState';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { type AdminServiceItem, type Department, type Principal, type ServiceItem } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { ItemEditor } from '../../components/catalogueAdmin/ItemEditor';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import '../../components/catalogueAdmin/catalogueAdmin.scss';

type UserState = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };
type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; departments: Department[]; item?: ServiceItem };

export default function BureauItemPage() {
  const [elderly] = useElderly();
  const id = useRouter().params.id;
  const [userState, setUserState] = useState<UserState>({ status: 'checking' });
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useDidShow(() => {
    requireUser().then((user) => setUserState(user ? { status: 'ready', user } : { status: 'none' }));
  });
  const isBureau = userState.status === 'ready' && userState.user.role === 'bureau';

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: id ? '编辑事项' : '新增事项' }).catch(() => undefined);
  }, [id]);

  useEffect(() => {
    if (!isBureau) return;
    let live = true;
    setState({ status: 'loading' });
    Promise.all([call('listDepartments'), id ? call('getServiceItem', { params: { id } }) : Promise.resolve(undefined)])
      .then(([deps, item]) => live && setState({ status: 'ready', departments: deps.departments, item }))
      .catch((error: unknown) => {
        if (!live) return;
        const message =
          error instanceof ApiCallError && error.code === 'not_found' ? '该事项不存在，请返回事项列表' : error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试';
        setState({ status: 'error', message });
      });
    return () => {
      live = false;
    };
  }, [isBureau, id, attempt]);

  const saved = (item: AdminServiceItem) => {
    void Taro.showToast({ title: item.active ? '已保存' : '已停用', icon: 'success' });
    if (!id) {
      // A new item: from now on this page edits it (a second save is an edit, not another item).
      void Taro.redirectTo({ url: `/bureau/item/index?id=${encodeURIComponent(item.id)}` });
      return;
    }
    setState((s) => (s.status === 'ready' ? { ...s, item } : s));
  };

  if (userState.status === 'checking') return <View className={pageClass(elderly, 'bureau-item')}>加载中…</View>;
  if (!isBureau) {
    return (
      <View className={pageClass(elderly, 'bureau-item')}>
        <EmptyState description={userState.status === 'none' ? '请先登录' : '仅限政务服务局使用'} />
      </View>
    );
  }
  if (state.status !== 'ready') {
    return (
      <View className={pageClass(elderly, 'bureau-item')}>
        <View className='ca-status'>
          {state.status === 'loading' ? (
            '加载中…'
          ) : (
            <>
              <Text>{state.message}</Text>
              <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
                重试
              </Button>
            </>
          )}
        </View>
      </View>
    );
  }

  return (
    <View className={pageClass(elderly, 'bureau-item')}>
      {/* Keyed by version: a reload or a save starts the form from what is stored now. */}
      <ItemEditor
        key={`${state.item?.id ?? 'new'}@${state.item?.version ?? 0}`}
        item={state.item}
        departments={state.departments}
        onSaved={saved}
        onReload={() => setAttempt((n) => n + 1)}
      />
    </View>
  );
}
