import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { EngagementProposed } from './engagement.events';
import { engagementStreamDecider, MatchedProposal } from './engagement-stream.decider';

const metadata: CommandMetadata = { now: '2025-04-01T09:00:00+09:00', actor: { userId: 'coord-kim', role: 'center-staff' }, correlationId: 'c-1' };
const consortium = { consortiumId: 'k-1', firms: [{ registrationNumber: '2208100001', industryCode: 'C26' }], technologyFields: ['battery-management'] };
const matching = {
  proposed: [{ mentorId: 'm-1', matchedFields: ['battery-management'], matchedIndustries: ['C26'] }],
  excluded: [{ mentorId: 'm-2', reasons: [{ kind: 'same-firm', firm: '2208100001' } as const] }],
};
const proposal = (centerId: string): MatchedProposal => ({
  type: 'ProposeEngagement',
  data: { engagementId: 'e-1', actorCenterId: 'honam', centerId, consortium, candidates: ['m-1'], matching },
  metadata,
});
const proposed: EngagementProposed = { type: 'EngagementProposed', data: { engagementId: 'e-1', centerId: 'honam', consortium, candidates: ['m-1'] } };

describe('engagementStreamDecider', () => {
  const spec = deciderSpecification(engagementStreamDecider);

  it('records what matching found in the same decision as the proposal', () => {
    spec
      .given([])
      .when(proposal('honam'))
      .then([proposed, { type: 'CandidatesMatched', data: { engagementId: 'e-1', ...matching } }]);
  });

  it('records nothing of the matching when the domain refuses the proposal', () => {
    spec.given([]).when(proposal('jungbu')).thenFails('ENGAGEMENT.OTHER_CENTER');
  });

  it('leaves the engagement’s state to the domain', () => {
    spec
      .given([proposed, { type: 'CandidatesMatched', data: { engagementId: 'e-1', ...matching } }])
      .when({ type: 'RequestAllocation', data: { engagementId: 'e-1', actorCenterId: 'honam', allocationId: 'a-1' }, metadata })
      .thenFails('ENGAGEMENT.MENTOR_NOT_CONFIRMED');
  });
});
