// The signed-in user for a page: signs in silently on open and follows later sign-ins (the login page
// announces them on the 'session' event), so a page opened signed out updates once the user is back.
import Taro from '@tarojs/taro';
import type { Principal } from '@app/shared';
import { useEffect, useState } from 'react';
import { requireUser } from '../../lib/session';

export type SignedIn = { status: 'checking' } | { status: 'none' } | { status: 'ready'; user: Principal };

export function useSignedIn(): SignedIn {
  const [state, setState] = useState<SignedIn>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    const follow = (user?: Principal) => live && setState(user ? { status: 'ready', user } : { status: 'none' });
    void requireUser().then(follow);
    const onSession = (...args: unknown[]) => follow(args[0] as Principal | undefined);
    Taro.eventCenter.on('session', onSession);
    return () => {
      live = false;
      Taro.eventCenter.off('session', onSession);
    };
  }, []);
  return state;
}
