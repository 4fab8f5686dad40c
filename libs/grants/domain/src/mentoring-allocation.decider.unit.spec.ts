import { Actor, won, Won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { AllocationCommand, RequestAllocation } from './mentoring-allocation.commands';
import { mentoringAllocationDecider } from './mentoring-allocation.decider';
import { AllocationEvent } from './mentoring-allocation.events';
import { MENTORING_LINE_ID } from './program-seed';
import { by, financeOfficer, m, mentoringService, programManager, YEAR } from './testing/fixtures';

const spec = deciderSpecification(mentoringAllocationDecider);
const ALLOCATION = 'alloc-0001';
const COORDINATOR = 'coord-han';

const requestAllocation = (terms: Partial<RequestAllocation['data']> = {}, actor: Actor = mentoringService): AllocationCommand => ({
  type: 'RequestAllocation',
  data: {
    allocationId: ALLOCATION,
    year: YEAR,
    engagementId: 'eng-7',
    consortiumId: 'cons-3',
    lineId: MENTORING_LINE_ID,
    amount: m(10),
    confirmedBy: COORDINATOR,
    ...terms,
  },
  metadata: by(actor),
});
const onAllocation = (type: Exclude<AllocationCommand['type'], 'RequestAllocation'>, actor: Actor, extra: Record<string, unknown> = {}): AllocationCommand =>
  ({ type, data: { allocationId: ALLOCATION, ...extra }, metadata: by(actor) }) as AllocationCommand;

const requested: AllocationEvent = {
  type: 'AllocationRequested',
  data: {
    allocationId: ALLOCATION,
    year: YEAR,
    engagementId: 'eng-7',
    consortiumId: 'cons-3',
    lineId: MENTORING_LINE_ID,
    amount: m(10),
    confirmedBy: COORDINATOR,
    requestedBy: mentoringService.userId,
  },
};
const approved: AllocationEvent = {
  type: 'AllocationApproved',
  data: { allocationId: ALLOCATION, year: YEAR, lineId: MENTORING_LINE_ID, amount: m(10), approvedBy: financeOfficer.userId },
};

describe('RequestAllocation', () => {
  it('records the mentoring service’s request for exactly ₩10,000,000', () => {
    spec.given([]).when(requestAllocation()).then([requested]);
  });

  it('is exactly ₩10,000,000: not a won more or less', () => {
    spec
      .given([])
      .when(requestAllocation({ amount: won(10_000_001) }))
      .thenFails('ALLOCATION.AMOUNT_FIXED', { fixed: m(10), requested: 10_000_001 });
    spec
      .given([])
      .when(requestAllocation({ amount: won(9_999_999) }))
      .thenFails('ALLOCATION.AMOUNT_FIXED');
    spec
      .given([])
      .when(requestAllocation({ amount: 10_000_000.5 as Won }))
      .thenFails('ALLOCATION.AMOUNT_FIXED');
  });

  it('draws from the mentoring line only', () => {
    spec
      .given([])
      .when(requestAllocation({ lineId: 'it-convergence' }))
      .thenFails('ALLOCATION.WRONG_LINE', { expected: MENTORING_LINE_ID });
  });

  it('is requested once, by the mentoring service', () => {
    spec.given([requested]).when(requestAllocation()).thenFails('ALLOCATION.ALREADY_REQUESTED');
    spec
      .given([])
      .when(requestAllocation({}, programManager))
      .thenFails('ALLOCATION.ROLE_NOT_ALLOWED', { allowed: ['system'] });
  });
});

describe('ApproveAllocation', () => {
  it('is approved by finance', () => {
    spec.given([requested]).when(onAllocation('ApproveAllocation', financeOfficer)).then([approved]);
  });

  it('four-eyes: neither the requesting service nor the coordinator who confirmed may approve', () => {
    spec
      .given([requested])
      .when(onAllocation('ApproveAllocation', { userId: COORDINATOR, role: 'finance' }))
      .thenFails('ALLOCATION.FOUR_EYES', { userId: COORDINATOR });
    spec
      .given([requested])
      .when(onAllocation('ApproveAllocation', { userId: mentoringService.userId, role: 'finance' }))
      .thenFails('ALLOCATION.FOUR_EYES');
  });

  it('decides a pending request once, by finance', () => {
    spec
      .given([requested, approved])
      .when(onAllocation('ApproveAllocation', financeOfficer))
      .thenFails('ALLOCATION.NOT_AWAITING_DECISION', { status: 'approved' });
    spec.given([]).when(onAllocation('ApproveAllocation', financeOfficer)).thenFails('ALLOCATION.NOT_FOUND');
    spec.given([requested]).when(onAllocation('ApproveAllocation', programManager)).thenFails('ALLOCATION.ROLE_NOT_ALLOWED');
  });
});

describe('RejectAllocation', () => {
  it('records a rejection because the mentoring line is exhausted', () => {
    spec
      .given([requested])
      .when(onAllocation('RejectAllocation', mentoringService, { reason: 'budget-exhausted' }))
      .then([{ type: 'AllocationRejected', data: { allocationId: ALLOCATION, reason: 'budget-exhausted', rejectedBy: mentoringService.userId } }]);
  });

  it('records finance declining, and then nothing more', () => {
    const declined: AllocationEvent = {
      type: 'AllocationRejected',
      data: { allocationId: ALLOCATION, reason: 'declined', note: 'duplicate', rejectedBy: financeOfficer.userId },
    };
    spec
      .given([requested])
      .when(onAllocation('RejectAllocation', financeOfficer, { reason: 'declined', note: 'duplicate' }))
      .then([declined]);
    spec
      .given([requested, declined])
      .when(onAllocation('ApproveAllocation', financeOfficer))
      .thenFails('ALLOCATION.NOT_AWAITING_DECISION', { status: 'rejected' });
    spec
      .given([requested, approved])
      .when(onAllocation('RejectAllocation', financeOfficer, { reason: 'declined' }))
      .thenFails('ALLOCATION.NOT_AWAITING_DECISION');
  });
});

describe('ReleaseAllocation', () => {
  const released: AllocationEvent = {
    type: 'AllocationReleased',
    data: { allocationId: ALLOCATION, year: YEAR, lineId: MENTORING_LINE_ID, reason: 'engagement cancelled' },
  };

  it('releases an approved allocation when its engagement is cancelled', () => {
    spec
      .given([requested, approved])
      .when(onAllocation('ReleaseAllocation', mentoringService, { reason: 'engagement cancelled' }))
      .then([released]);
    spec
      .given([requested, approved])
      .when(onAllocation('ReleaseAllocation', mentoringService, { reason: 'engagement cancelled' }))
      .thenState({ status: 'released' });
  });

  it('releases an approved allocation once, with a reason', () => {
    spec
      .given([requested])
      .when(onAllocation('ReleaseAllocation', mentoringService, { reason: 'x' }))
      .thenFails('ALLOCATION.NOT_APPROVED', { status: 'requested' });
    spec
      .given([requested, approved, released])
      .when(onAllocation('ReleaseAllocation', mentoringService, { reason: 'x' }))
      .thenFails('ALLOCATION.NOT_APPROVED');
    spec
      .given([requested, approved])
      .when(onAllocation('ReleaseAllocation', mentoringService, { reason: '' }))
      .thenFails('ALLOCATION.REASON_REQUIRED');
    spec
      .given([requested, approved])
      .when(onAllocation('ReleaseAllocation', programManager, { reason: 'x' }))
      .thenFails('ALLOCATION.ROLE_NOT_ALLOWED');
  });
});
