import { createContext, ReactNode, useContext, useEffect } from 'react';
import { setCsrfToken } from '../api/request-context';
import { Resource, useResource } from '../api/use-resource';
import { fetchSession } from './auth-api';
import type { Session } from './session';

interface SessionState {
  readonly session: Resource<Session>;
  /** Asks the gateway again (after a role switch, a registration, a sign-out). */
  readonly refresh: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, refresh] = useResource('session', () => fetchSession());
  const csrfToken = session.state === 'loaded' ? session.data.csrfToken : '';
  useEffect(() => setCsrfToken(csrfToken), [csrfToken]);
  return <SessionContext.Provider value={{ session, refresh }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession needs a SessionProvider above it');
  return state;
}
