// 窗口登记 page: the agent registers an entrustment received offline, then works it on the case page.
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { Principal } from '@app/shared';
import { useState } from 'react';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { RegisterForm } from './RegisterForm';
import './index.scss';

export default function AgentRegisterPage() {
  const [elderly] = useElderly();
  const [user, setUser] = useState<Principal | null>();

  useDidShow(() => {
    void requireUser().then((signedIn) => setUser(signedIn ?? null));
  });

  return (
    <View className={pageClass(elderly, 'agent-register')}>
      {user === undefined && <Text className='register-status'>加载中…</Text>}
      {user !== undefined && user?.role !== 'agent' && <Text className='register-status'>仅限代办帮办员使用</Text>}
      {user?.role === 'agent' && (
        <RegisterForm servicePointId={user.servicePointId} onCreated={(id) => void Taro.redirectTo({ url: `/agent/case/index?id=${id}` })} />
      )}
    </View>
  );
}
