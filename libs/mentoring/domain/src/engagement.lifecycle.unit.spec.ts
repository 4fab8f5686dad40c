import { isDomainError } from '@yunghap/kernel';
import { EngagementCommand } from './engagement.commands';
import { engagementDecider } from './engagement.decider';
import { EngagementEvent } from './engagement.events';
import { EngagementState } from './engagement.state';
import { matchMentors } from './matching';
import {
  approved,
  cancelEngagement,
  cancelled,
  completed,
  completeEngagement,
  confirm,
  confirmed,
  logSession,
  propose,
  proposed,
  recordApproval,
  recordRejection,
  rejected,
  releaseRequested,
  requestAllocation,
  requested,
  session,
  sessionLogged,
  started,
} from './testing/engagement.fixtures';
import { CONSORTIUM, FIRM_A, mentor } from './testing/fixtures';

/** Decides each command on the state the previous ones left, as the service would. */
function run(commands: readonly EngagementCommand[]): { events: EngagementEvent[]; state: EngagementState } {
  let state = engagementDecider.initialState();
  const events: EngagementEvent[] = [];
  for (const command of commands) {
    const decision = engagementDecider.decide(command, state);
    if (isDomainError(decision)) throw new Error(`${command.type} refused: ${decision.code}`);
    events.push(...decision);
    state = decision.reduce(engagementDecider.evolve, state);
  }
  return { events, state };
}

const POOL = [
  mentor('m-2', { fields: ['food-safety'], industries: ['C10'] }),
  mentor('m-1', { fields: ['smart-sensors', 'embedded-ai'], industries: ['C'] }),
  mentor('m-3', { affiliation: { firm: FIRM_A } }),
];
const candidates = matchMentors(CONSORTIUM, POOL).proposed.map((match) => match.mentorId);
const secondSession = session('s-2', { minutes: 120, topic: 'Field test', outcome: 'Shelf life +3 days' });

describe('an engagement from matching to its end', () => {
  it('runs propose → confirm → request → approved → sessions → complete', () => {
    expect(candidates).toEqual(['m-1', 'm-2']);
    const { events, state } = run([
      propose({ candidates }),
      confirm(POOL[1]),
      requestAllocation(),
      recordApproval(),
      logSession(),
      logSession(secondSession),
      completeEngagement('Prototype built'),
    ]);
    expect(events).toEqual([
      proposed(candidates),
      confirmed('m-1'),
      requested(),
      approved(),
      started(),
      sessionLogged(),
      sessionLogged(secondSession),
      completed('Prototype built', 2, 210),
    ]);
    expect(state).toMatchObject({ status: 'completed', mentorId: 'm-1', sessions: [session(), secondSession] });
  });

  it('cancels a started engagement and asks grants to release its allocation', () => {
    const { events, state } = run([propose({ candidates }), confirm(POOL[1]), requestAllocation(), recordApproval(), logSession(), cancelEngagement()]);
    expect(events.slice(-2)).toEqual([cancelled(), releaseRequested()]);
    expect(state.status).toBe('cancelled');
  });

  it('does not start when the mentoring line is exhausted, and asks again or cancels', () => {
    const beforeRetry = [propose({ candidates }), confirm(POOL[1]), requestAllocation(), recordRejection('budget-exhausted')];
    const refused = run(beforeRetry);
    expect(refused.events.slice(-1)).toEqual([rejected('budget-exhausted')]);
    expect(refused.state.status).toBe('allocation-rejected');
    expect(engagementDecider.decide(logSession(), refused.state)).toMatchObject({ code: 'ENGAGEMENT.NOT_STARTED' });

    const retried = run([...beforeRetry, requestAllocation('allocation-42-2'), recordApproval('allocation-42-2')]);
    expect(retried.state).toMatchObject({ status: 'started', allocation: { allocationId: 'allocation-42-2' } });

    const givenUp = run([...beforeRetry, cancelEngagement()]);
    expect(givenUp.events.slice(-1)).toEqual([cancelled()]);
  });
});
