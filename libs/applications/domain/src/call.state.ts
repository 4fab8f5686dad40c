import { assertNever, Won } from '@yunghap/kernel';
import { CallEvent } from './call.events';
import { CallFacts } from './screening.types';

export interface PublishedCall {
  readonly status: 'opened' | 'closed-early';
  readonly callId: string;
  readonly budgetLineId: string;
  readonly title: string;
  readonly opensAt: string;
  /** The effective closing time: an early close replaces the scheduled one. */
  readonly closesAt: string;
  readonly capPerProject: Won;
  readonly technologyFields: readonly string[];
}

export type CallState = { readonly status: 'none' } | PublishedCall;

export const initialCallState = (): CallState => ({ status: 'none' });

export function evolveCall(state: CallState, event: CallEvent): CallState {
  if (event.type === 'CallOpened') return { status: 'opened', ...event.data };
  // A call's stream always starts with CallOpened; nothing else can apply before it.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CallAmended': {
      const { callId: _callId, ...changes } = event.data;
      return { ...state, ...changes };
    }
    case 'CallClosedEarly':
      return { ...state, status: 'closed-early', closesAt: event.data.closedAt };
    default:
      return assertNever(event);
  }
}

/** The call's terms as screening needs them; the service copies them into ScreenApplication. */
export function callFactsOf({ callId, opensAt, closesAt, capPerProject, technologyFields }: PublishedCall): CallFacts {
  return { callId, opensAt, closesAt, capPerProject, technologyFields };
}
