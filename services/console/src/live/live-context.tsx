import { ReactNode, useEffect, useState } from 'react';
import { useSession } from '../session/session-context';
import { connectLive } from './live-connection';
import { LiveContext, LiveState, QUIET } from './live-state';

const CONNECTING: LiveState = { ...QUIET, connection: 'connecting' };

/** Changes come in bursts (a command, its projections, the effects elsewhere): one reading after the burst is enough. */
const SETTLE_MS = 300;
/** A reconnection within this time is a blip, not worth a note. */
const LOST_AFTER_MS = 5_000;

/** Follows the gateway's live stream while someone is signed in; without it (signed out, or no provider) pages just never reload by themselves. */
export function LiveProvider({ children }: { readonly children: ReactNode }) {
  const { session } = useSession();
  const signedIn = session.state === 'loaded' && session.data.signedIn;
  const [state, setState] = useState<LiveState>(CONNECTING);

  useEffect(() => {
    if (!signedIn) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let lost: ReturnType<typeof setTimeout> | undefined;
    // A hidden tab reads nothing; it catches up once when it is shown again.
    let missed = false;
    let lastPending: readonly string[] = [];
    const refresh = () => {
      if (document.hidden) missed = true;
      else setState((current) => ({ ...current, revision: current.revision + 1 }));
    };
    const onVisible = () => {
      if (document.hidden || !missed) return;
      missed = false;
      refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    const close = connectLive({
      onOpen: () => {
        clearTimeout(lost);
        lost = undefined;
        setState((current) => ({ ...current, connection: 'open' }));
        // The gateway opens the stream once it has read the services: whatever changed before (since
        // the pages read, or while the connection was down) was never announced, and everything after will be.
        refresh();
      },
      onChange: () => {
        clearTimeout(settle);
        settle = setTimeout(refresh, SETTLE_MS);
      },
      onPending: (pending) => {
        // A context that is no longer behind has caught up: a projection may have done so without
        // moving its service's furthest position, so no change was announced for it.
        const caughtUp = lastPending.some((context) => !pending.includes(context));
        lastPending = pending;
        setState((current) => ({ ...current, pending }));
        if (caughtUp) refresh();
      },
      onDrop: () => {
        // What was pending is no longer known; the note about the connection says so instead.
        lost ??= setTimeout(() => setState((current) => ({ ...current, pending: [], connection: 'lost' })), LOST_AFTER_MS);
      },
    });
    return () => {
      close();
      clearTimeout(settle);
      clearTimeout(lost);
      document.removeEventListener('visibilitychange', onVisible);
      setState((current) => ({ ...CONNECTING, revision: current.revision }));
    };
  }, [signedIn]);

  return <LiveContext.Provider value={signedIn ? state : QUIET}>{children}</LiveContext.Provider>;
}
