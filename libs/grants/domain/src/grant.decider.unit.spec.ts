import { Actor, won, Won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { Tranche } from './disbursement-schedule';
import { GrantCommand, ProposeAward } from './grant.commands';
import { grantDecider } from './grant.decider';
import { GrantEvent } from './grant.events';
import { by, centerStaff, financeOfficer, LINE, m, otherFinanceOfficer, otherManager, programManager, YEAR } from './testing/fixtures';

const spec = deciderSpecification(grantDecider);
const GRANT = 'grant-0001';
const SCHEDULE: readonly Tranche[] = [
  { trancheId: 't1', dueOn: '2026-05-01', amount: m(300) },
  { trancheId: 't2', dueOn: '2026-11-01', amount: m(200) },
];

type AwardTerms = Partial<ProposeAward['data']>;
const proposeAward = (terms: AwardTerms = {}, actor: Actor = programManager): GrantCommand => ({
  type: 'ProposeAward',
  data: {
    grantId: GRANT,
    year: YEAR,
    applicationId: 'app-0001',
    callId: 'call-2026-convergence',
    lineId: LINE,
    amount: m(500),
    requestedWon: m(600),
    evaluationPassed: true,
    schedule: SCHEDULE,
    ...terms,
  },
  metadata: by(actor),
});
const onGrant = (type: Exclude<GrantCommand['type'], 'ProposeAward'>, actor: Actor, extra: Record<string, unknown> = {}): GrantCommand =>
  ({ type, data: { grantId: GRANT, ...extra }, metadata: by(actor) }) as GrantCommand;

const proposed: GrantEvent = {
  type: 'AwardProposed',
  data: {
    grantId: GRANT,
    year: YEAR,
    applicationId: 'app-0001',
    callId: 'call-2026-convergence',
    lineId: LINE,
    amount: m(500),
    requestedWon: m(600),
    schedule: SCHEDULE,
    proposedBy: programManager.userId,
  },
};
const approved: GrantEvent = { type: 'AwardApproved', data: { grantId: GRANT, year: YEAR, lineId: LINE, amount: m(500), approvedBy: financeOfficer.userId } };
const trancheProposed = (trancheId: string, amount: Won, by: Actor = programManager): GrantEvent => ({
  type: 'DisbursementProposed',
  data: { grantId: GRANT, trancheId, amount, proposedBy: by.userId },
});
const trancheApproved = (trancheId: string, amount: Won, by: Actor = financeOfficer): GrantEvent => ({
  type: 'DisbursementApproved',
  data: { grantId: GRANT, year: YEAR, lineId: LINE, trancheId, amount, approvedBy: by.userId },
});
const recovered = (amount: Won, recoveryId = 'r1'): GrantEvent => ({
  type: 'GrantFundsRecovered',
  data: { grantId: GRANT, year: YEAR, lineId: LINE, recoveryId, amount, reason: 'audit finding' },
});
const cancelled = (released: Won): GrantEvent => ({
  type: 'GrantCancelled',
  data: { grantId: GRANT, year: YEAR, lineId: LINE, released, reason: 'consortium dissolved' },
});
const rejected: GrantEvent = { type: 'AwardRejected', data: { grantId: GRANT, reason: 'duplicate funding', rejectedBy: financeOfficer.userId } };

const awarded = [proposed, approved];
const firstPaid = [...awarded, trancheProposed('t1', m(300)), trancheApproved('t1', m(300))];

describe('ProposeAward', () => {
  it('proposes an award for an application that passed evaluation, with its schedule', () => {
    spec.given([]).when(proposeAward()).then([proposed]);
    spec
      .given([])
      .when(proposeAward())
      .thenState({ status: 'proposed', amount: m(500), disbursed: won(0) });
  });

  it('awards at most ₩500,000,000 per project', () => {
    const schedule = [{ trancheId: 't1', dueOn: '2026-05-01', amount: won(500_000_001) }];
    spec
      .given([])
      .when(proposeAward({ amount: won(500_000_001), requestedWon: m(900), schedule }))
      .thenFails('GRANT.ABOVE_PROJECT_CAP', { cap: m(500) });
  });

  it('awards no more than the application asked for', () => {
    spec
      .given([])
      .when(proposeAward({ requestedWon: won(499_999_999) }))
      .thenFails('GRANT.ABOVE_REQUESTED', { requestedWon: 499_999_999, amount: m(500) });
    spec
      .given([])
      .when(proposeAward({ requestedWon: m(500) }))
      .thenState({ status: 'proposed' });
  });

  it('cannot award an application that failed evaluation', () => {
    spec
      .given([])
      .when(proposeAward({ evaluationPassed: false }))
      .thenFails('GRANT.EVALUATION_NOT_PASSED', { applicationId: 'app-0001' });
  });

  it('needs whole, positive amounts', () => {
    spec
      .given([])
      .when(proposeAward({ amount: 1.5 as Won }))
      .thenFails('GRANT.INVALID_AMOUNT', { field: 'amount' });
    spec
      .given([])
      .when(proposeAward({ requestedWon: won(0) }))
      .thenFails('GRANT.INVALID_AMOUNT', { field: 'requestedWon' });
  });

  it('needs tranches that add up to the award', () => {
    spec
      .given([])
      .when(proposeAward({ schedule: SCHEDULE.slice(0, 1) }))
      .thenFails('DISBURSEMENT.SCHEDULE_MISMATCH', { award: m(500), scheduled: m(300) });
    spec
      .given([])
      .when(proposeAward({ schedule: [] }))
      .thenFails('DISBURSEMENT.SCHEDULE_MISMATCH', { scheduled: 0 });
  });

  it('needs distinct tranches on real days for positive amounts', () => {
    const twice = [SCHEDULE[0], { ...SCHEDULE[1], trancheId: 't1' }];
    spec
      .given([])
      .when(proposeAward({ schedule: twice }))
      .thenFails('DISBURSEMENT.INVALID_SCHEDULE', { trancheId: 't1' });
    const badDay = [SCHEDULE[0], { ...SCHEDULE[1], dueOn: '2026-02-30' }];
    spec
      .given([])
      .when(proposeAward({ schedule: badDay }))
      .thenFails('DISBURSEMENT.INVALID_SCHEDULE', { trancheId: 't2' });
    const negative = [
      { ...SCHEDULE[0], amount: m(600) },
      { ...SCHEDULE[1], amount: won(-100_000_000) },
    ];
    spec
      .given([])
      .when(proposeAward({ schedule: negative }))
      .thenFails('DISBURSEMENT.INVALID_SCHEDULE', { trancheId: 't2' });
  });

  it('is proposed once, by a program manager', () => {
    spec.given([proposed]).when(proposeAward()).thenFails('GRANT.ALREADY_PROPOSED');
    spec
      .given([])
      .when(proposeAward({}, financeOfficer))
      .thenFails('GRANT.ROLE_NOT_ALLOWED', { role: 'finance', allowed: ['program-manager'] });
  });
});

describe('ApproveAward', () => {
  it('is approved by finance, committing the award', () => {
    spec.given([proposed]).when(onGrant('ApproveAward', financeOfficer)).then([approved]);
    spec.given([proposed]).when(onGrant('ApproveAward', financeOfficer)).thenState({ status: 'awarded' });
  });

  it('four-eyes: the proposer cannot approve, even holding the finance role', () => {
    const proposerInFinance: Actor = { userId: programManager.userId, role: 'finance' };
    spec.given([proposed]).when(onGrant('ApproveAward', proposerInFinance)).thenFails('GRANT.FOUR_EYES', { userId: programManager.userId, step: 'award' });
  });

  it('needs the finance role', () => {
    spec.given([proposed]).when(onGrant('ApproveAward', otherManager)).thenFails('GRANT.ROLE_NOT_ALLOWED');
  });

  it('decides a proposal once', () => {
    spec.given(awarded).when(onGrant('ApproveAward', otherFinanceOfficer)).thenFails('GRANT.NOT_AWAITING_DECISION', { status: 'awarded' });
    spec.given([proposed, rejected]).when(onGrant('ApproveAward', financeOfficer)).thenFails('GRANT.NOT_AWAITING_DECISION', { status: 'rejected' });
    spec.given([]).when(onGrant('ApproveAward', financeOfficer)).thenFails('GRANT.NOT_FOUND');
  });
});

describe('RejectAward', () => {
  it('rejects a proposal with a reason', () => {
    spec
      .given([proposed])
      .when(onGrant('RejectAward', financeOfficer, { reason: 'duplicate funding' }))
      .then([rejected]);
  });

  it('needs a reason, a pending proposal and a manager or finance', () => {
    spec
      .given([proposed])
      .when(onGrant('RejectAward', financeOfficer, { reason: '' }))
      .thenFails('GRANT.REASON_REQUIRED');
    spec
      .given(awarded)
      .when(onGrant('RejectAward', financeOfficer, { reason: 'late' }))
      .thenFails('GRANT.NOT_AWAITING_DECISION');
    spec
      .given([proposed])
      .when(onGrant('RejectAward', centerStaff, { reason: 'late' }))
      .thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});

describe('ProposeDisbursement', () => {
  it('proposes a scheduled tranche for its scheduled amount', () => {
    spec
      .given(awarded)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .then([trancheProposed('t1', m(300))]);
    spec
      .given(awarded)
      .when(onGrant('ProposeDisbursement', financeOfficer, { trancheId: 't2' }))
      .then([trancheProposed('t2', m(200), financeOfficer)]);
  });

  it('needs an awarded grant and a tranche of its schedule, not yet proposed', () => {
    spec
      .given([proposed])
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('GRANT.NOT_AWARDED', { status: 'proposed' });
    spec
      .given(awarded)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't9' }))
      .thenFails('DISBURSEMENT.UNKNOWN_TRANCHE');
    spec
      .given(firstPaid)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('DISBURSEMENT.ALREADY_PROPOSED', { status: 'disbursed' });
  });

  it('is for a program manager or finance', () => {
    spec
      .given(awarded)
      .when(onGrant('ProposeDisbursement', centerStaff, { trancheId: 't1' }))
      .thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});

describe('ApproveDisbursement', () => {
  const pending = [...awarded, trancheProposed('t1', m(300), financeOfficer)];

  it('approves a proposed tranche: money moves from committed to disbursed', () => {
    spec
      .given(pending)
      .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't1' }))
      .then([trancheApproved('t1', m(300), otherFinanceOfficer)]);
    spec
      .given(pending)
      .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't1' }))
      .thenState({ disbursed: m(300) });
  });

  it('four-eyes: the finance officer who proposed the tranche cannot approve it', () => {
    spec
      .given(pending)
      .when(onGrant('ApproveDisbursement', financeOfficer, { trancheId: 't1' }))
      .thenFails('GRANT.FOUR_EYES', { step: 'disbursement' });
  });

  it('approves only a proposed tranche, by finance', () => {
    spec
      .given(awarded)
      .when(onGrant('ApproveDisbursement', financeOfficer, { trancheId: 't1' }))
      .thenFails('DISBURSEMENT.NOT_PROPOSED', { status: 'scheduled' });
    spec
      .given(firstPaid)
      .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't1' }))
      .thenFails('DISBURSEMENT.NOT_PROPOSED', { status: 'disbursed' });
    spec
      .given(pending)
      .when(onGrant('ApproveDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});

describe('RecoverFunds', () => {
  const recover = (amount: Won, reason = 'audit finding') => onGrant('RecoverFunds', financeOfficer, { recoveryId: 'r1', amount, reason });

  it('claws back disbursed money with a reason', () => {
    spec
      .given(firstPaid)
      .when(recover(m(100)))
      .then([recovered(m(100))]);
  });

  it('recovers no more than was disbursed and not yet recovered', () => {
    spec
      .given([...firstPaid, recovered(m(250))])
      .when(recover(won(50_000_001)))
      .thenFails('RECOVERY.ABOVE_DISBURSED', { recoverable: m(50) });
    spec
      .given(awarded)
      .when(recover(won(1)))
      .thenFails('RECOVERY.ABOVE_DISBURSED', { recoverable: 0 });
  });

  it('still recovers after a cancellation', () => {
    spec
      .given([...firstPaid, cancelled(m(200))])
      .when(recover(m(300)))
      .then([recovered(m(300))]);
  });

  it('needs a reason, a positive amount and finance', () => {
    spec
      .given(firstPaid)
      .when(recover(m(1), ' '))
      .thenFails('GRANT.REASON_REQUIRED');
    spec
      .given(firstPaid)
      .when(recover(won(0)))
      .thenFails('GRANT.INVALID_AMOUNT');
    spec
      .given(firstPaid)
      .when({ ...recover(m(1)), metadata: by(programManager) })
      .thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});

describe('CancelGrant', () => {
  const cancel = (actor: Actor = programManager, reason = 'consortium dissolved') => onGrant('CancelGrant', actor, { reason });

  it('releases what was committed and not disbursed, voiding the unpaid tranches', () => {
    spec
      .given(firstPaid)
      .when(cancel())
      .then([cancelled(m(200))]);
    spec
      .given([...firstPaid, trancheProposed('t2', m(200))])
      .when(cancel())
      .thenState({
        status: 'cancelled',
        tranches: [expect.objectContaining({ trancheId: 't1', status: 'disbursed' }), expect.objectContaining({ trancheId: 't2', status: 'void' })],
      });
  });

  it('stops further disbursements', () => {
    spec
      .given([...firstPaid, cancelled(m(200))])
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't2' }))
      .thenFails('GRANT.NOT_AWARDED', { status: 'cancelled' });
  });

  it('cancels an awarded grant once, with a reason, by a program manager', () => {
    spec.given([proposed]).when(cancel()).thenFails('GRANT.NOT_AWARDED');
    spec
      .given([...awarded, cancelled(m(500))])
      .when(cancel())
      .thenFails('GRANT.NOT_AWARDED', { status: 'cancelled' });
    spec.given(awarded).when(cancel(programManager, '')).thenFails('GRANT.REASON_REQUIRED');
    spec.given(awarded).when(cancel(financeOfficer)).thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});
