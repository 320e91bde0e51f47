// 消息: the signed-in user's in-app notices, newest first; opening one marks it read.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow } from '@tarojs/taro';
import type { NoticeView } from '@app/shared';
import { useRef, useState } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { formatTime } from '../../lib/format';
import { languageClass, languageProps, t, useLanguage } from '../../lib/i18n';
import '../../i18n/notices';
import { currentUser, LOGIN_PAGE, requireUser } from '../../lib/session';
import './index.scss';
import { Pressable } from '../../components/ui/Pressable';

type ListState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'error'; message: string }
  | { status: 'ready'; notices: NoticeView[]; unread: number };

const errorMessage = (error: unknown) => (error instanceof ApiCallError ? error.message : t('common.systemError'));

export default function NoticesPage() {
  const [elderly] = useElderly();
  const [language] = useLanguage();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [markingAll, setMarkingAll] = useState(false);
  const latest = useRef(0);
  // The login page opens by itself once; after that a signed-out user gets a button, not a loop.
  const askedLogin = useRef(false);

  const load = async () => {
    const ticket = ++latest.current;
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    // Not signed in: the login page opens on top; this page reloads when it shows again.
    let user = currentUser();
    if (!user && !askedLogin.current) {
      askedLogin.current = true;
      user = await requireUser();
    }
    if (!user) {
      if (ticket === latest.current) setState({ status: 'signedOut' });
      return;
    }
    try {
      const page = await call('listNotices', { query: { limit: 50 } });
      if (ticket === latest.current) setState({ status: 'ready', notices: page.notices, unread: page.unread });
    } catch (error) {
      if (ticket === latest.current) setState({ status: 'error', message: errorMessage(error) });
    }
  };

  // Every show, not only the first: notices arrive while the user is elsewhere.
  useDidShow(() => {
    void load();
  });

  /** Shows notices as read at once; `ids` undefined means all of them. */
  const markRead = (ids: string[] | undefined, unread: number) => {
    const now = new Date().toISOString();
    setState((prev) =>
      prev.status !== 'ready'
        ? prev
        : {
            ...prev,
            unread,
            notices: prev.notices.map((n) => (!n.readAt && (!ids || ids.includes(n.id)) ? { ...n, readAt: now } : n)),
          },
    );
  };

  const open = (notice: NoticeView) => {
    if (state.status !== 'ready') return;
    if (!notice.readAt) {
      markRead([notice.id], Math.max(0, state.unread - 1));
      // Marking read is bookkeeping: opening the case must not wait for it nor fail because of it.
      call('markNoticesRead', { body: { ids: [notice.id] } }).catch(() => undefined);
    }
    // The bureau's answer to an opinion is read where the resident sent it.
    if (notice.kind === 'opinionAnswered') {
      Taro.navigateTo({ url: '/resident/opinions/index' });
      return;
    }
    // 即将叫号 / 请到窗口: the number itself, where the window and the people ahead are.
    if (notice.ticketId) {
      Taro.navigateTo({ url: `/resident/ticket/index?id=${encodeURIComponent(notice.ticketId)}` });
      return;
    }
    // A booking the point or the calendar cancelled is read among the resident's bookings, with why.
    if (notice.kind === 'bookingCancelled' && !notice.caseId) {
      Taro.navigateTo({ url: '/resident/bookings/index' });
      return;
    }
    // An agent's notice opens the case in the workbench, a resident's in their own case page.
    const casePage = currentUser()?.role === 'agent' ? '/agent/case/index' : '/resident/case/index';
    if (notice.caseId) Taro.navigateTo({ url: `${casePage}?id=${encodeURIComponent(notice.caseId)}` });
  };

  const markAllRead = async () => {
    setMarkingAll(true);
    try {
      const { unread } = await call('markNoticesRead', { body: {} });
      markRead(undefined, unread);
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' });
    } finally {
      setMarkingAll(false);
    }
  };

  return (
    <View className={pageClass(elderly, `notices-page ${languageClass(language)}`)} {...languageProps(language)}>
      {state.status === 'ready' && state.notices.length > 0 && (
        <View className='notices-bar'>
          <Text className='notices-count'>{state.unread > 0 ? t('notices.unread', { n: state.unread }) : t('notices.allRead')}</Text>
          {state.unread > 0 && (
            <Button
              className='notices-read-all'
              size='small'
              type='primary'
              fill='outline'
              loading={markingAll}
              onClick={() => void markAllRead()}
            >
              {t('notices.markAllRead')}
            </Button>
          )}
        </View>
      )}

      {state.status === 'loading' && <View className='notices-status'>{t('common.loading')}</View>}
      {state.status === 'signedOut' && (
        <View className='notices-status'>
          <Text>{t('notices.signIn')}</Text>
          <Button size='small' type='primary' onClick={() => Taro.navigateTo({ url: LOGIN_PAGE })}>
            {t('notices.goSignIn')}
          </Button>
        </View>
      )}
      {state.status === 'error' && (
        <View className='notices-status'>
          <Text>{state.message}</Text>
          <Button size='small' onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {state.status === 'ready' && state.notices.length === 0 && <View className='notices-status notices-empty'>{t('notices.empty')}</View>}

      {state.status === 'ready' && state.notices.length > 0 && (
        <View className='notice-list'>
          {state.notices.map((notice) => (
            <Pressable
              key={notice.id}
              role='link'
              className={`notice-row${notice.readAt ? '' : ' notice-row--unread'}`}
              hoverClass='notice-row--pressed'
              onPress={() => open(notice)}
            >
              <View className='notice-body'>
                <Text className='notice-summary'>
                  {!notice.readAt && <Text className='notice-unread'>{t('notices.unreadMark')}</Text>}
                  {notice.summary}
                </Text>
                {notice.itemName && (
                  <Text className='notice-item'>
                    {notice.itemName}
                    {notice.caseNumber ? ` · ${notice.caseNumber}` : ''}
                  </Text>
                )}
                <Text className='notice-time'>{formatTime(notice.at)}</Text>
              </View>
            </Pressable>
          ))}
        </View>
      )}
    </View>
  );
}
