// 窗口登记 page: the agent registers an entrustment received offline, then works it on the case page.
// Opened from 窗口叫号 with the ticket in front of the agent, the new case is linked to that ticket,
// so the case's timeline shows the visit (A023 at 3 号窗口).
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Principal } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../components/booking/bookingText';
import { toast } from '../../components/case/messages';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser } from '../../lib/session';
import { RegisterForm } from './RegisterForm';
import './index.scss';

export default function AgentRegisterPage() {
  const { ticketId, ticketNumber } = useRouter().params;
  const [elderly] = useElderly();
  const [user, setUser] = useState<Principal | null>();

  useDidShow(() => {
    void requireUser().then((signedIn) => setUser(signedIn ?? null));
  });

  const created = async (caseId: string) => {
    if (ticketId) {
      // The case exists whatever happens here: a failed link is said, and the agent can link it by number.
      try {
        await call('linkTicket', { params: { id: ticketId }, body: { caseId } });
      } catch (error) {
        toast(`办件已登记，但未能关联号码：${errorText(error)}`);
      }
    }
    void Taro.redirectTo({ url: `/agent/case/index?id=${caseId}` });
  };

  return (
    <View className={pageClass(elderly, 'agent-register')}>
      {user === undefined && <Text className='register-status'>加载中…</Text>}
      {user !== undefined && user?.role !== 'agent' && <Text className='register-status'>仅限代办帮办员使用</Text>}
      {user?.role === 'agent' && ticketId && <Text className='register-ticket'>为 {ticketNumber ? decodeURIComponent(ticketNumber) : '当前'} 号登记，提交后自动关联该号码</Text>}
      {user?.role === 'agent' && <RegisterForm servicePointId={user.servicePointId} onCreated={(id) => void created(id)} />}
    </View>
  );
}
