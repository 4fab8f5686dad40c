import { EventStoreSession, foldStream } from '@yunghap/event-store';
import { DEFAULT_RUBRIC, Rubric, rubricDecider, rubricStreamId } from '@yunghap/evaluation-domain';

export interface CallRubric {
  readonly callId: string;
  /** `default` until a program manager defines the call's own. */
  readonly source: 'defined' | 'default';
  readonly rubric: Rubric;
  /** Once an evaluation of the call has opened, its rubric is fixed: defined or not, it can no longer be defined. */
  readonly locked: boolean;
}

/** The rubric an evaluation of the call opens with: the call's own, or the program's default. */
export async function callRubric(session: EventStoreSession, callId: string): Promise<CallRubric> {
  const state = foldStream(await session.readStream(rubricStreamId(callId)), rubricDecider);
  const { locked } = state;
  return state.status === 'defined'
    ? { callId, source: 'defined', rubric: state.rubric, locked }
    : { callId, source: 'default', rubric: DEFAULT_RUBRIC, locked };
}
