// 登录: WeChat one-tap login in the mini-program; the demo users to sign in as in the local H5 build.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import Taro from '@tarojs/taro';
import type { Role as RoleValue } from '@app/shared';
import { useEffect, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/account';
import { currentUser, devSignIn, isWeapp, signOut, silentSignIn } from '../../lib/session';
import { Pressable } from '../../components/ui/Pressable';
import './index.scss';

type DemoUser = Awaited<ReturnType<typeof call<'listDemoUsers'>>>['users'][number];
type UsersState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; users: DemoUser[] };

/** Residents first: they are who this app is for; then the bureau, then agents. */
const ROLE_ORDER: RoleValue[] = ['resident', 'bureau', 'agent'];
const AGENT_INBOX = '/agent/inbox/index';

const errorMessage = (error: unknown) => (error instanceof ApiCallError ? error.message : t('common.systemError'));

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
  // The switch is on this page: its words follow the choice at once.
  const [language] = useLanguage();
  const [me, setMe] = useState(currentUser);
  const [busy, setBusy] = useState<string>();

  const wechatLogin = async () => {
    setBusy('wechat');
    const ok = await silentSignIn();
    setBusy(undefined);
    if (ok) leave();
    else Taro.showToast({ title: t('account.wechatFailed'), icon: 'none' });
  };

  return (
    <View className={pageClass(elderly, `login-page ${languageClass(language)}`)} {...languageProps(language)}>
      <View className='login-head'>
        <Text className='login-title'>{t('account.title')}</Text>
        <Text className='login-hint'>{t('account.hint')}</Text>
      </View>

      {me && (
        <View className='login-current'>
          <Text className='login-current-text'>{t('account.current', { name: me.name, role: t(`account.roles.${me.role}`) })}</Text>
          <Pressable
            className='login-signout'
            onPress={() => {
              signOut();
              setMe(undefined);
            }}
          >
            <Text>{t('account.signOut')}</Text>
          </Pressable>
        </View>
      )}
      {/* 我的: the signed-in user's own settings; the choice also goes onto their user record. */}
      {me && <LanguageSwitch className='login-language' />}

      {isWeapp() ? (
        <View className='login-wechat-box'>
          <Button className='login-wechat' type='primary' block loading={busy === 'wechat'} onClick={() => void wechatLogin()}>
            {t('account.wechat')}
          </Button>
          <Text className='login-privacy'>{t('account.privacy')}</Text>
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

  if (state.status === 'loading') return <View className='login-status'>{t('common.loading')}</View>;
  if (state.status === 'error') {
    return (
      <View className='login-status'>
        <Text>{state.message}</Text>
        <Button size='small' onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </Button>
      </View>
    );
  }
  if (state.users.length === 0) return <View className='login-status'>{t('account.noDemoUsers')}</View>;

  return (
    <View className='login-users'>
      <Text className='login-users-title'>{t('account.demoTitle')}</Text>
      {state.users.map((user, index) => (
        <View key={user.userId}>
          {(index === 0 || state.users[index - 1].role !== user.role) && (
            <Text className='login-role'>{t(`account.roles.${user.role}`)}</Text>
          )}
          <Pressable
            className='login-user'
            data={{ 'user-id': user.userId }}
            label={t('account.signInAs', { name: user.name, description: user.description })}
            hoverClass='login-user--pressed'
            onPress={() => void signInAs(user.userId)}
          >
            <View className='login-user-body'>
              <Text className='login-user-name'>{user.name}</Text>
              <Text className='login-user-desc'>{user.description}</Text>
            </View>
            <Text className='login-user-action'>{busy === user.userId ? t('account.signingIn') : t('common.login')}</Text>
          </Pressable>
        </View>
      ))}
    </View>
  );
}
