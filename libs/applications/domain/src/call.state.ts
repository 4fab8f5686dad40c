import { assertNever, Won } from '@yunghap/kernel';
import { IndustryLevel } from './applications.policy';
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
  readonly industryLevel: IndustryLevel;
  readonly minimumOwnSharePercent: number;
}

export type CallState = { readonly status: 'none' } | PublishedCall;

export const initialCallState = (): CallState => ({ status: 'none' });

export function evolveCall(state: CallState, event: CallEvent): CallState {
  if (event.type === 'CallOpened') {
    // The terms older calls were opened under: the program-wide section rule, no own share.
    const { industryLevel = 'section', minimumOwnSharePercent = 0, ...terms } = event.data;
    return { status: 'opened', ...terms, industryLevel, minimumOwnSharePercent };
  }
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
export function callFactsOf({ callId, opensAt, closesAt, capPerProject, technologyFields, industryLevel, minimumOwnSharePercent }: PublishedCall): CallFacts {
  return { callId, opensAt, closesAt, capPerProject, technologyFields, industryLevel, minimumOwnSharePercent };
}
