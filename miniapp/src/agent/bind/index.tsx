// 工作人员绑定: an agent binds their WeChat account once with the one-time invitation code the
// district bureau issued (no shared passwords); the new session carries the agent role.
import '../../api/allRoutes';
import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { Button } from '../../components/ui/Button';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { INVITATION_CODE_LENGTH, InvitationCodeSchema, Role, type Principal } from '@app/shared';
import { useState, type ReactNode } from 'react';
import { ApiCallError, call } from '../../api/client';
import { pageClass, useElderly } from '../../lib/elderly';
import { requireUser, saveSession } from '../../lib/session';
import './index.scss';
import { field } from '../../lib/a11y';

const AGENT_INBOX = '/agent/inbox/index';

type UserState = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };

/** The client words the API's named refusal (邀请码无效或已过期 …) as the error's message. */
function bindError(error: unknown): string {
  return error instanceof ApiCallError ? error.message : '系统开小差了，请稍后重试';
}

export default function AgentBindPage() {
  const [elderly] = useElderly();
  const router = useRouter();
  const [userState, setUserState] = useState<UserState>({ status: 'checking' });
  // A code may arrive in the page's query (a shared page or a scanned mini-program code).
  const [code, setCode] = useState(() => String(router.params?.code ?? router.params?.scene ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useDidShow(() => {
    void requireUser().then((user) => setUserState(user ? { status: 'ready', user } : { status: 'none' }));
  });

  const submit = async () => {
    if (busy) return;
    const parsed = InvitationCodeSchema.safeParse(code);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请输入邀请码');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const session = await call('bindStaff', { body: { code: parsed.data } });
      saveSession(session);
      void Taro.showToast({ title: '绑定成功', icon: 'success' });
      await Taro.reLaunch({ url: AGENT_INBOX });
    } catch (e) {
      setError(bindError(e));
    } finally {
      setBusy(false);
    }
  };

  const page = (children: ReactNode) => <View className={pageClass(elderly, 'agent-bind')}>{children}</View>;

  if (userState.status === 'checking') return page(<Text className='bind-status'>加载中…</Text>);
  if (userState.status === 'none') return page(<Text className='bind-status'>请先登录，登录后再输入邀请码</Text>);
  const { user } = userState;
  if (user.role !== 'resident') {
    return page(
      <View className='bind-done'>
        <Text className='bind-status'>
          当前账号已是{Role.labels[user.role]}（{user.name}），无需再绑定。
        </Text>
        {user.role === 'agent' && (
          <Button className='bind-to-inbox' type='primary' block onClick={() => void Taro.reLaunch({ url: AGENT_INBOX })}>
            进入工作台
          </Button>
        )}
      </View>,
    );
  }

  return page(
    <>
      <View className='bind-intro'>
        <Text className='bind-title'>代办帮办工作人员绑定微信</Text>
        <Text className='bind-step'>1. 请向区政务服务局索取邀请码（8位字母或数字，72小时内有效，只能使用一次）。</Text>
        <Text className='bind-step'>2. 用本人微信登录后，在下方输入邀请码。</Text>
        <Text className='bind-step'>3. 绑定成功后，本微信即为您的工作账号，可进入工作台办理委托，并可接收新任务提醒。</Text>
        <Text className='bind-note'>如需更换微信或离岗，请联系区政务服务局解绑；解绑后您经办的在办事项将转交同部门其他代办帮办员。</Text>
      </View>
      <View className='bind-form'>
        <Input {...field('邀请码', true)}
          className='bind-code'
          placeholder='请输入邀请码'
          maxLength={INVITATION_CODE_LENGTH + 2}
          value={code}
          onChange={(value: string) => {
            setCode(value.toUpperCase());
            setError(undefined);
          }}
        />
        {error && <Text className='bind-error'>{error}</Text>}
        <Button className='bind-submit' type='primary' block loading={busy} disabled={busy} onClick={() => void submit()}>
          确认绑定
        </Button>
      </View>
    </>,
  );
}
