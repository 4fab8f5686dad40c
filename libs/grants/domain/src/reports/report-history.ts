import { assertNever, Won } from '@yunghap/kernel';
import { CallLineEvent } from '../call-line.decider';
import { candidateDecider, CandidateEvent, CandidateState } from '../candidate.decider';
import { GrantEvent } from '../grant.events';
import { AllocationEvent } from '../mentoring-allocation.events';

/** What the reports read of a grant's stream. `closed`: rejected while proposed, or cancelled once awarded. */
export interface GrantFacts {
  readonly applicationId: string;
  readonly callId: string;
  readonly lineId: string;
  /** The whole award as proposed, every fiscal year. */
  readonly amount: Won;
  readonly status: 'proposed' | 'awarded' | 'closed';
  readonly disbursed: number;
  readonly recovered: number;
}

/** What the reports read of an allocation's stream. `closed`: rejected, or released after its approval. */
export interface AllocationFacts {
  readonly engagementId: string;
  readonly lineId: string;
  readonly amount: Won;
  readonly centerId?: string;
  readonly applicationId?: string;
  readonly status: 'requested' | 'approved' | 'closed';
}

/** The grants service's streams as far as the reports need them, by application, call, grant and allocation id. */
export interface ReportHistory {
  readonly candidates: ReadonlyMap<string, CandidateState>;
  readonly callLines: ReadonlyMap<string, string>;
  readonly grants: ReadonlyMap<string, GrantFacts>;
  readonly allocations: ReadonlyMap<string, AllocationFacts>;
}

type ReportedEvent = CandidateEvent | CallLineEvent | GrantEvent | AllocationEvent;

// Every type of the union, so that a new event type is a compile error here until it is placed.
const REPORTED: Record<ReportedEvent['type'], true> = {
  SelectionFactNoted: true,
  AwardReserved: true,
  AwardReleased: true,
  CallLineNoted: true,
  AwardProposed: true,
  LineExceptionApproved: true,
  AwardApproved: true,
  YearPartCommitted: true,
  AwardRejected: true,
  AgreementRecorded: true,
  DisbursementProposed: true,
  DisbursementApproved: true,
  RecoveryProposed: true,
  GrantFundsRecovered: true,
  RecoveryWithdrawn: true,
  RecoveryRejected: true,
  GrantCancelled: true,
  AllocationRequested: true,
  AllocationApproved: true,
  AllocationRejected: true,
  AllocationReleased: true,
};

const isReported = (type: string): type is ReportedEvent['type'] => Object.hasOwn(REPORTED, type);

interface Maps {
  readonly candidates: Map<string, CandidateState>;
  readonly callLines: Map<string, string>;
  readonly grants: Map<string, GrantFacts>;
  readonly allocations: Map<string, AllocationFacts>;
}

/**
 * The grants service's streams as far as the reports need them, after `events` in their stored
 * order. Events of the program and of the lines' money are passed over: the reports take amounts
 * from the grants and allocations. The maps are filled in place, which keeps a fold over every
 * event of the service linear; nothing outside sees them until they are complete.
 */
export function reportHistoryOf(events: Iterable<{ readonly type: string; readonly data: unknown }>): ReportHistory {
  const history: Maps = { candidates: new Map(), callLines: new Map(), grants: new Map(), allocations: new Map() };
  // The store is taken at the word of the deciders that appended to it, as every read of it is.
  for (const { type, data } of events) if (isReported(type)) record(history, { type, data } as ReportedEvent);
  return history;
}

function record(history: Maps, event: ReportedEvent): void {
  switch (event.type) {
    case 'SelectionFactNoted':
    case 'AwardReserved':
    case 'AwardReleased': {
      const { applicationId } = event.data;
      history.candidates.set(applicationId, candidateDecider.evolve(history.candidates.get(applicationId) ?? candidateDecider.initialState(), event));
      return;
    }
    case 'CallLineNoted':
      history.callLines.set(event.data.callId, event.data.lineId);
      return;
    case 'AwardProposed': {
      const { grantId, applicationId, callId, lineId, amount } = event.data;
      history.grants.set(grantId, { applicationId, callId, lineId, amount, status: 'proposed', disbursed: 0, recovered: 0 });
      return;
    }
    case 'AwardApproved':
      return changeGrant(history, event.data.grantId, () => ({ status: 'awarded' }));
    case 'AwardRejected':
    case 'GrantCancelled':
      return changeGrant(history, event.data.grantId, () => ({ status: 'closed' }));
    case 'DisbursementApproved':
      return changeGrant(history, event.data.grantId, (grant) => ({ disbursed: grant.disbursed + event.data.amount }));
    case 'GrantFundsRecovered':
      return changeGrant(history, event.data.grantId, (grant) => ({ recovered: grant.recovered + event.data.amount }));
    case 'AllocationRequested': {
      const { allocationId, engagementId, lineId, amount, centerId, applicationId } = event.data;
      history.allocations.set(allocationId, { engagementId, lineId, amount, centerId, applicationId, status: 'requested' });
      return;
    }
    case 'AllocationApproved':
      return changeAllocation(history, event.data.allocationId, 'approved');
    case 'AllocationRejected':
    case 'AllocationReleased':
      return changeAllocation(history, event.data.allocationId, 'closed');
    // Steps that change no count and move no money the reports show.
    case 'LineExceptionApproved':
    case 'YearPartCommitted':
    case 'AgreementRecorded':
    case 'DisbursementProposed':
    case 'RecoveryProposed':
    case 'RecoveryWithdrawn':
    case 'RecoveryRejected':
      return;
    default:
      return assertNever(event);
  }
}

// A grant's or an allocation's later events follow its first one in its own stream, so the entry is there.
function changeGrant(history: Maps, grantId: string, change: (grant: GrantFacts) => Partial<GrantFacts>): void {
  const grant = history.grants.get(grantId);
  if (grant) history.grants.set(grantId, { ...grant, ...change(grant) });
}

function changeAllocation(history: Maps, allocationId: string, status: AllocationFacts['status']): void {
  const allocation = history.allocations.get(allocationId);
  if (allocation) history.allocations.set(allocationId, { ...allocation, status });
}
