import { createContext, useContext } from 'react';

export interface LiveState {
  /** Grows when what the pages read may have changed: `useResource` reads again when it does. */
  readonly revision: number;
  /** Contexts where a cross-service effect is still on its way. */
  readonly pending: readonly string[];
  /** `off` while signed out; `lost` once it has been down for a while: pages no longer follow by themselves. */
  readonly connection: 'off' | 'connecting' | 'open' | 'lost';
}

/** Without a `LiveProvider` (signed out, or above the router): nothing ever moves. */
export const QUIET: LiveState = { revision: 0, pending: [], connection: 'off' };

export const LiveContext = createContext<LiveState>(QUIET);

export function useLive(): LiveState {
  return useContext(LiveContext);
}
