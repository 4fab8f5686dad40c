import { AllocationEvent, mentoringAllocationDecider, RequestedAllocation } from '@yunghap/grants-domain';
import { assertNever } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export type AllocationView = RequestedAllocation & {
  readonly _id: string;
  readonly requestedAt: string;
  readonly decidedBy: string | null;
  /** Why it was rejected (`budget-exhausted`, `declined`) or released. */
  readonly reason: string | null;
  readonly updatedAt: string;
};

export const ALLOCATIONS = collectionRef<AllocationView>('allocations');

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
export const allocationViewProjection = defineProjection<AllocationEvent, AllocationView>({
  name: 'allocation-view',
  collection: ALLOCATIONS,
  handles: { AllocationRequested: true, AllocationApproved: true, AllocationRejected: true, AllocationReleased: true },
  idOf: (event) => event.data.allocationId,
  indexes: [{ keys: { status: 1 } }],
  evolve: (doc, event) => {
    const state = mentoringAllocationDecider.evolve(doc ?? mentoringAllocationDecider.initialState(), event);
    if (state.status === 'none') return null;
    const at = event.metadata.occurredAt;
    const base = doc ?? { requestedAt: at, decidedBy: null, reason: null };
    return { ...base, ...state, ...changeOf(event), _id: state.allocationId, updatedAt: at };
  },
});
