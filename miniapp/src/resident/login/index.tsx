// 登录: WeChat one-tap login in the mini-program; the demo users to sign in as in the local H5 build.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import Taro from '@tarojs/taro';
import { Role, type Role as RoleValue } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { currentUser, devSignIn, isWeapp, signOut, silentSignIn } from '../../lib/session';
import { Pressable } from '../../components/ui/Pressable';
import './index.scss';

type DemoUser = Awaited<ReturnType<typeof call<'listDemoUsers'>>>['users'][number];
type UsersState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; users: DemoUser[] };

/** Residents first: they are who this app is for; then the bureau, then agents. */
const ROLE_ORDER: RoleValue[] = ['resident', 'bureau', 'agent'];
const AGENT_INBOX = '/agent/inbox/index';

const errorMessage = (error: unknown) => (error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试');

/**
 * Back to the page that asked for login; the home when login was the first page opened. Agents
 * signing in from the login page itself go to their workbench.
 */
function leave() {
  if (currentUser()?.role === 'agent' && Taro.getCurrentPages().length <= 1) {
    Taro.reLaunch({ url: AGENT_INBOX });
  } else if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack();
  } else {
    Taro.reLaunch({ url: '/pages/index/index' });
  }
}

export default function LoginPage() {
  const [elderly] = useElderly();
  const [me, setMe] = useState(currentUser);
  const [busy, setBusy] = useState<string>();

  const wechatLogin = async () => {
    setBusy('wechat');
    const ok = await silentSignIn();
    setBusy(undefined);
    if (ok) leave();
    else Taro.showToast({ title: '登录失败，请稍后重试', icon: 'none' });
  };

  return (
    <View className={pageClass(elderly, 'login-page')}>
      <View className='login-head'>
        <Text className='login-title'>登录代办帮办</Text>
        <Text className='login-hint'>登录后可委托事项、预约网点、查看办件进度。代办帮办服务全程免费。</Text>
      </View>

      {me && (
        <View className='login-current'>
          <Text>
            当前已登录：{me.name}（{Role.labels[me.role]}）
          </Text>
          <Pressable
            className='login-signout'
            onPress={() => {
              signOut();
              setMe(undefined);
            }}
          >
            <Text>退出登录</Text>
          </Pressable>
        </View>
      )}
      {/* 我的: the signed-in user's own settings; the choice also goes onto their user record. */}
      {me && <LanguageSwitch className='login-language' />}

      {isWeapp() ? (
        <View className='login-wechat-box'>
          <Button className='login-wechat' type='primary' block loading={busy === 'wechat'} onClick={() => void wechatLogin()}>
            微信一键登录
          </Button>
          <Text className='login-privacy'>我们只在办理您委托的事项时使用您的信息，详见代办帮办协议和隐私说明。</Text>
        </View>
      ) : (
        <DemoUsers busy={busy} setBusy={setBusy} />
      )}
    </View>
  );
}

interface DemoUsersProps {
  busy?: string;
  setBusy: (userId: string | undefined) => void;
}

/** The local stack's development login: one row per demo user. */
function DemoUsers({ busy, setBusy }: DemoUsersProps) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<UsersState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('listDemoUsers')
      .then(({ users }) => {
        const rank = (u: DemoUser) => ROLE_ORDER.indexOf(u.role);
        // Array.prototype.sort is stable: within a role the API's order stays.
        if (live) setState({ status: 'ready', users: [...users].sort((a, b) => rank(a) - rank(b)) });
      })
      .catch((error: unknown) => live && setState({ status: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [attempt]);

  const signInAs = async (userId: string) => {
    if (busy) return;
    setBusy(userId);
    try {
      await devSignIn(userId);
      leave();
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' });
    } finally {
      setBusy(undefined);
    }
  };

  if (state.status === 'loading') return <View className='login-status'>加载中…</View>;
  if (state.status === 'error') {
    return (
      <View className='login-status'>
        <Text>{state.message}</Text>
        <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
          重试
        </Button>
      </View>
    );
  }
  if (state.users.length === 0) return <View className='login-status'>暂无可用的演示账号</View>;

  return (
    <View className='login-users'>
      <Text className='login-users-title'>本地演示环境：选择一个账号登录</Text>
      {state.users.map((user, index) => (
        <View key={user.userId}>
          {(index === 0 || state.users[index - 1].role !== user.role) && (
            <Text className='login-role'>{Role.labels[user.role]}</Text>
          )}
          <Pressable
            className='login-user'
            data={{ 'user-id': user.userId }}
            label={`以${user.name}登录，${user.description}`}
            hoverClass='login-user--pressed'
            onPress={() => void signInAs(user.userId)}
          >
            <View className='login-user-body'>
              <Text className='login-user-name'>{user.name}</Text>
              <Text className='login-user-desc'>{user.description}</Text>
            </View>
            <Text className='login-user-action'>{busy === user.userId ? '登录中…' : '登录'}</Text>
          </Pressable>
        </View>
      ))}
    </View>
  );
}
