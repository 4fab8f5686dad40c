import type { Call } from '../../api/types';

export const CALL_PHASES = ['upcoming', 'accepting', 'closed', 'closed-early'] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

/** Where a call stands for applicants at `now`: the service records only an early close; the window says the rest. */
export function callPhase(call: Pick<Call, 'status' | 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  if (call.status === 'closed-early') return 'closed-early';
  if (now.getTime() < Date.parse(call.opensAt)) return 'upcoming';
  return now.getTime() < Date.parse(call.closesAt) ? 'accepting' : 'closed';
}
