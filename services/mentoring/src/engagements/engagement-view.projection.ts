import { assertNever } from '@yunghap/kernel';
import { Consortium, EngagementStatus, EngagementStreamEvent, MentorExclusion, MentoringSession, MentorMatch } from '@yunghap/mentoring-domain';
import { collectionRef, defineProjection, RecordedOf } from '@yunghap/read-models';

/** One request to grants and what became of it; a rejected one stays listed when the next is made. */
export interface AllocationView {
  readonly allocationId: string;
  readonly amountWon: number;
  readonly status: 'requested' | 'approved' | 'rejected' | 'release-requested';
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly answeredAt: string | null;
  readonly rejectionReason: string | null;
}

/** One document per engagement: the consortium, the matching record, the money and the sessions. */
export interface EngagementView {
  readonly _id: string;
  readonly centerId: string;
  readonly consortium: Consortium;
  readonly status: EngagementStatus;
  /** Best first, with the overlaps that placed each candidate. */
  readonly candidates: readonly MentorMatch[];
  readonly excluded: readonly MentorExclusion[];
  readonly mentorId: string | null;
  /** The coordinator who confirmed the mentor; grants keeps them from approving the allocation. */
  readonly confirmedBy: string | null;
  readonly allocations: readonly AllocationView[];
  readonly startedOn: string | null;
  readonly sessions: readonly MentoringSession[];
  readonly totalMinutes: number;
  readonly completion: { readonly report: string; readonly completedAt: string } | null;
  readonly cancellation: { readonly reason: string; readonly cancelledBy: string; readonly cancelledAt: string } | null;
  readonly proposedBy: string;
  readonly proposedAt: string;
  readonly updatedAt: string;
}

export const ENGAGEMENTS = collectionRef<EngagementView>('engagements');

function withAllocation(doc: EngagementView, allocationId: string, change: Partial<AllocationView>): EngagementView {
  return { ...doc, allocations: doc.allocations.map((allocation) => (allocation.allocationId === allocationId ? { ...allocation, ...change } : allocation)) };
}

function applied(doc: EngagementView, event: RecordedOf<EngagementStreamEvent>): EngagementView {
  const at = event.metadata.occurredAt;
  const actor = event.metadata.actor.userId;
  switch (event.type) {
    case 'EngagementProposed':
      return doc;
    case 'CandidatesMatched':
      return { ...doc, candidates: event.data.proposed, excluded: event.data.excluded };
    case 'MentorConfirmed':
      return { ...doc, status: 'mentor-confirmed', mentorId: event.data.mentorId, confirmedBy: actor };
    case 'AllocationRequested': {
      const { allocationId, amount } = event.data;
      const allocation: AllocationView = {
        allocationId,
        amountWon: amount,
        status: 'requested',
        requestedBy: actor,
        requestedAt: at,
        answeredAt: null,
        rejectionReason: null,
      };
      return { ...doc, status: 'allocation-requested', allocations: [...doc.allocations, allocation] };
    }
    case 'AllocationApproved':
      return withAllocation(doc, event.data.allocationId, { status: 'approved', answeredAt: at });
    case 'AllocationRejected':
      return {
        ...withAllocation(doc, event.data.allocationId, { status: 'rejected', answeredAt: at, rejectionReason: event.data.reason }),
        status: 'allocation-rejected',
      };
    case 'EngagementStarted':
      return { ...doc, status: 'started', startedOn: event.data.startedOn };
    case 'SessionLogged':
      return { ...doc, sessions: [...doc.sessions, event.data.session], totalMinutes: doc.totalMinutes + event.data.session.minutes };
    case 'EngagementCompleted':
      return { ...doc, status: 'completed', completion: { report: event.data.report, completedAt: at } };
    case 'EngagementCancelled':
      return { ...doc, status: 'cancelled', cancellation: { reason: event.data.reason, cancelledBy: actor, cancelledAt: at } };
    case 'AllocationReleaseRequested':
      return withAllocation(doc, event.data.allocationId, { status: 'release-requested' });
    default:
      return assertNever(event);
  }
}

export const engagementViewProjection = defineProjection<EngagementStreamEvent, EngagementView>({
  name: 'engagement-view',
  collection: ENGAGEMENTS,
  handles: {
    EngagementProposed: true,
    CandidatesMatched: true,
    MentorConfirmed: true,
    AllocationRequested: true,
    AllocationApproved: true,
    AllocationRejected: true,
    EngagementStarted: true,
    SessionLogged: true,
    EngagementCompleted: true,
    EngagementCancelled: true,
    AllocationReleaseRequested: true,
  },
  idOf: (event) => event.data.engagementId,
  evolve: (doc, event) => {
    const at = event.metadata.occurredAt;
    if (event.type === 'EngagementProposed') {
      const { engagementId, centerId, consortium } = event.data;
      return {
        _id: engagementId,
        centerId,
        consortium,
        status: 'proposed',
        candidates: [],
        excluded: [],
        mentorId: null,
        confirmedBy: null,
        allocations: [],
        startedOn: null,
        sessions: [],
        totalMinutes: 0,
        completion: null,
        cancellation: null,
        proposedBy: event.metadata.actor.userId,
        proposedAt: at,
        updatedAt: at,
      };
    }
    return doc && { ...applied(doc, event), updatedAt: at };
  },
  indexes: [{ keys: { centerId: 1, status: 1 } }],
});
