// The home page's live counts for the signed-in user: cases waiting on me and unread notices.
import Taro, { useDidShow } from '@tarojs/taro';
import type { Principal } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { needsApplicant } from '../../lib/needsApplicant';
import { currentUser } from '../../lib/session';

export interface HomeCounts {
  user?: Principal;
  /** My cases awaiting something from me (补正, signing, rating …); 0 when unknown. */
  needsMe: number;
  /** Unread notices; 0 when unknown (the badge then stays hidden). */
  unread: number;
}

/** Refreshed every time the home shows and whenever the session changes. */
export function useHomeCounts(): HomeCounts {
  const [counts, setCounts] = useState<HomeCounts>(() => ({ user: currentUser(), needsMe: 0, unread: 0 }));
  // Only the latest refresh may write: a late answer for a signed-out user must not show.
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const ticket = ++latest.current;
    const user = currentUser();
    setCounts((prev) => ({ user, needsMe: user ? prev.needsMe : 0, unread: user ? prev.unread : 0 }));
    if (!user) return;
    const write = (patch: Partial<HomeCounts>) => {
      if (ticket === latest.current) setCounts((prev) => ({ ...prev, ...patch }));
    };
    // The badges are a courtesy: a failed call (offline, API not deployed yet) just hides them.
    if (user.role === 'resident') {
      call('listMyCases', { query: { limit: 100 } })
        .then((page) => write({ needsMe: page.cases.filter(needsApplicant).length }))
        .catch(() => write({ needsMe: 0 }));
    }
    if (user.role !== 'bureau') {
      call('listNotices', { query: { limit: 20 } })
        .then((page) => write({ unread: page.unread }))
        .catch(() => write({ unread: 0 }));
    }
  }, []);

  useDidShow(refresh);
  useEffect(() => {
    Taro.eventCenter.on('session', refresh);
    return () => {
      Taro.eventCenter.off('session', refresh);
    };
  }, [refresh]);

  return counts;
}
