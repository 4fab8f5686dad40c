import type { RecordedEvent } from '@yunghap/event-store';
import { AllocationEvent, mentoringAllocationDecider, RequestedAllocation } from '@yunghap/grants-domain';
import { assertNever } from '@yunghap/kernel';
import type { Projection } from '@yunghap/read-models';

export type AllocationView = RequestedAllocation & {
  readonly _id: string;
  readonly requestedAt: string;
  readonly decidedBy: string | null;
  /** Why it was rejected (`budget-exhausted`, `declined`) or released. */
  readonly reason: string | null;
  readonly updatedAt: string;
};

function changeOf(event: AllocationEvent): Partial<Pick<AllocationView, 'decidedBy' | 'reason'>> {
  switch (event.type) {
    case 'AllocationRequested':
      return {};
    case 'AllocationApproved':
      return { decidedBy: event.data.approvedBy };
    case 'AllocationRejected':
      return { decidedBy: event.data.rejectedBy, reason: event.data.reason };
    case 'AllocationReleased':
      return { reason: event.data.reason };
    default:
      return assertNever(event);
  }
}

/** The allocation as its decider sees it, with who decided, for finance's queue. */
export const allocationViewProjection: Projection<AllocationView> = {
  name: 'allocation-view',
  collection: 'allocations',
  handles: ['AllocationRequested', 'AllocationApproved', 'AllocationRejected', 'AllocationReleased'],
  documentId: (event) => (event.data as { allocationId: string }).allocationId,
  indexes: [{ keys: { status: 1 } }],
  apply: (doc, recorded: RecordedEvent) => {
    const event = { type: recorded.type, data: recorded.data } as AllocationEvent;
    const state = mentoringAllocationDecider.evolve(doc ?? mentoringAllocationDecider.initialState(), event);
    if (state.status === 'none') return null;
    const at = recorded.metadata.occurredAt;
    const base = doc ?? { requestedAt: at, decidedBy: null, reason: null };
    return { ...base, ...state, ...changeOf(event), _id: state.allocationId, updatedAt: at };
  },
};
