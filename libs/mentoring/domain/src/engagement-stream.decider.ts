import { Decider, Decision, DomainEvent, isDomainError } from '@yunghap/kernel';
import { EngagementCommand, ProposeEngagement } from './engagement.commands';
import { engagementDecider } from './engagement.decider';
import { EngagementEvent } from './engagement.events';
import { EngagementState } from './engagement.state';
import { MatchingResult } from './matching';

/**
 * What matching found when the engagement was proposed: the ranked candidates with their
 * overlaps and every mentor left out with the reasons. The domain records only the candidate
 * ids; the service keeps the rest beside them so the exclusions stay auditable as they were.
 */
export type CandidatesMatched = DomainEvent<'CandidatesMatched', { readonly engagementId: string } & MatchingResult>;

export type MatchedProposal = ProposeEngagement & { readonly data: ProposeEngagement['data'] & { readonly matching: MatchingResult } };
export type EngagementStreamCommand = Exclude<EngagementCommand, ProposeEngagement> | MatchedProposal;
export type EngagementStreamEvent = EngagementEvent | CandidatesMatched;

function decide(command: EngagementStreamCommand, state: EngagementState): Decision<EngagementStreamEvent> {
  const decision = engagementDecider.decide(command, state);
  if (command.type !== 'ProposeEngagement' || isDomainError(decision)) return decision;
  const { engagementId, matching } = command.data;
  return [...decision, { type: 'CandidatesMatched', data: { engagementId, proposed: matching.proposed, excluded: matching.excluded } }];
}

/**
 * The engagement stream as this service writes it: the domain's decider, plus the matching
 * record appended in the same decision as the proposal (so one cannot exist without the other).
 */
export const engagementStreamDecider: Decider<EngagementStreamCommand, EngagementStreamEvent, EngagementState> = {
  decide,
  evolve: (state, event) => (event.type === 'CandidatesMatched' ? state : engagementDecider.evolve(state, event)),
  initialState: engagementDecider.initialState,
};
