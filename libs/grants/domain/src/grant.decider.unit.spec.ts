import { Actor, won, Won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { Tranche } from './disbursement-schedule';
import { GrantCommand, ProposeAward } from './grant.commands';
import { grantDecider } from './grant.decider';
import { GrantEvent } from './grant.events';
import { MENTORING_LINE_ID } from './program-seed';
import { Recipient } from './recipient';
import { by, centerStaff, financeOfficer, LINE, m, otherFinanceOfficer, otherManager, programManager, YEAR } from './testing/fixtures';

const spec = deciderSpecification(grantDecider);
const RECIPIENT: Recipient = {
  leadRegistrationNumber: '3148123478',
  leadName: '한빛정밀',
  members: [
    { registrationNumber: '3148123478', name: '한빛정밀', lead: true },
    { registrationNumber: '3058677714', name: '누리소프트', lead: false },
  ],
};
const AGREEMENT = { agreementNumber: 'RS-2026-00042', startsOn: '2026-03-02', endsOn: '2027-02-28', signedOn: '2026-03-01' };
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
    callLineId: LINE,
    amount: m(500),
    requestedWon: m(600),
    projectCap: m(500),
    evaluationPassed: true,
    schedule: SCHEDULE,
    recipient: RECIPIENT,
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
    recipient: RECIPIENT,
    yearParts: [{ year: YEAR, amount: m(500) }],
  },
};
const approved: GrantEvent = {
  type: 'AwardApproved',
  data: { grantId: GRANT, year: YEAR, lineId: LINE, amount: m(500), planned: [], approvedBy: financeOfficer.userId },
};
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
  data: { grantId: GRANT, year: YEAR, lineId: LINE, released, releases: [{ year: YEAR, amount: released }], reason: 'consortium dissolved' },
});
const rejected: GrantEvent = { type: 'AwardRejected', data: { grantId: GRANT, reason: 'duplicate funding', rejectedBy: financeOfficer.userId } };

const signed: GrantEvent = { type: 'AgreementRecorded', data: { grantId: GRANT, ...AGREEMENT, recordedBy: programManager.userId } };

const awarded = [proposed, approved];
const signedAwarded = [...awarded, signed];
const firstPaid = [...signedAwarded, trancheProposed('t1', m(300)), trancheApproved('t1', m(300))];

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

  it("holds the award to the program's cap for its year as the command carries it, not to a constant of its own", () => {
    const schedule = [{ trancheId: 't1', dueOn: '2026-05-01', amount: m(450) }];
    spec
      .given([])
      .when(proposeAward({ amount: m(450), schedule, projectCap: m(400) }))
      .thenFails('GRANT.ABOVE_PROJECT_CAP', { cap: m(400) });
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

describe('the call’s line', () => {
  const RND_LINE = 'advanced-technology-innovation';
  const excepted = (reason = 'R&D 라인 소진, 멘토링 연계 과제로 예외 집행'): GrantCommand =>
    proposeAward({ lineId: MENTORING_LINE_ID, callLineId: RND_LINE, lineException: { reason } });
  const proposedWithException: GrantEvent = {
    type: 'AwardProposed',
    data: {
      ...(proposed.data as Extract<GrantEvent, { type: 'AwardProposed' }>['data']),
      lineId: MENTORING_LINE_ID,
      lineException: { callLineId: RND_LINE, reason: 'R&D 라인 소진, 멘토링 연계 과제로 예외 집행' },
    },
  };
  const exceptionApproved: GrantEvent = { type: 'LineExceptionApproved', data: { grantId: GRANT, approvedBy: otherManager.userId } };

  it('refuses an R&D award charged to the mentoring line', () => {
    spec
      .given([])
      .when(proposeAward({ lineId: MENTORING_LINE_ID, callLineId: RND_LINE }))
      .thenFails('GRANT.LINE_NOT_CALLS_LINE', { callId: 'call-2026-convergence', callLineId: RND_LINE, lineId: MENTORING_LINE_ID });
  });

  it('records an explicit, reasoned line exception on the proposal', () => {
    spec.given([]).when(excepted()).then([proposedWithException]);
    spec.given([]).when(excepted(' ')).thenFails('GRANT.REASON_REQUIRED');
    spec
      .given([])
      .when(proposeAward({ lineException: { reason: 'no need' } }))
      .thenFails('GRANT.LINE_EXCEPTION_NOT_NEEDED', { callLineId: LINE });
  });

  it('needs a second program manager’s approval of the exception before finance may approve the award', () => {
    spec
      .given([proposedWithException])
      .when(onGrant('ApproveAward', financeOfficer))
      .thenFails('GRANT.LINE_EXCEPTION_PENDING', { callLineId: RND_LINE, lineId: MENTORING_LINE_ID });
    spec.given([proposedWithException]).when(onGrant('ApproveLineException', otherManager)).then([exceptionApproved]);
    spec
      .given([proposedWithException, exceptionApproved])
      .when(onGrant('ApproveAward', financeOfficer))
      .then([
        {
          type: 'AwardApproved',
          data: { grantId: GRANT, year: YEAR, lineId: MENTORING_LINE_ID, amount: m(500), planned: [], approvedBy: financeOfficer.userId },
        },
      ]);
  });

  it('four-eyes: the proposer cannot approve their own exception; finance does not approve exceptions', () => {
    spec
      .given([proposedWithException])
      .when(onGrant('ApproveLineException', programManager))
      .thenFails('GRANT.FOUR_EYES', { userId: programManager.userId, step: 'line-exception' });
    spec.given([proposedWithException]).when(onGrant('ApproveLineException', financeOfficer)).thenFails('GRANT.ROLE_NOT_ALLOWED');
  });

  it('approves an exception once, on a proposal that has one and awaits its decision', () => {
    spec.given([proposed]).when(onGrant('ApproveLineException', otherManager)).thenFails('GRANT.NO_LINE_EXCEPTION');
    spec.given([proposedWithException, exceptionApproved]).when(onGrant('ApproveLineException', otherManager)).thenFails('GRANT.NO_LINE_EXCEPTION');
    spec
      .given([proposedWithException, { type: 'AwardRejected', data: { grantId: GRANT, reason: 'no', rejectedBy: otherManager.userId } }])
      .when(onGrant('ApproveLineException', otherManager))
      .thenFails('GRANT.NOT_AWAITING_DECISION');
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

describe('the recipient and the agreement', () => {
  const record = (terms: Partial<typeof AGREEMENT> = {}, actor: Actor = programManager, now?: string) =>
    ({ type: 'RecordAgreement', data: { grantId: GRANT, ...AGREEMENT, ...terms }, metadata: by(actor, now) }) as GrantCommand;

  it('names the consortium the award goes to, lead firm first, on the proposal', () => {
    spec.given([]).when(proposeAward()).thenState({ recipient: RECIPIENT });
  });

  it('records the agreement an awarded task signed, once, by a program manager', () => {
    spec.given(awarded).when(record()).then([signed]);
    spec
      .given(awarded)
      .when(record())
      .thenState({ agreement: { ...AGREEMENT, recordedBy: programManager.userId } });
    spec.given(signedAwarded).when(record()).thenFails('GRANT.AGREEMENT_ALREADY_RECORDED', { agreementNumber: 'RS-2026-00042' });
    spec.given([proposed]).when(record()).thenFails('GRANT.NOT_AWARDED', { status: 'proposed' });
    spec.given(awarded).when(record({}, financeOfficer)).thenFails('GRANT.ROLE_NOT_ALLOWED');
  });

  it('needs a number, calendar days, a term that ends after it starts, signed on or before its start and not after today', () => {
    spec
      .given(awarded)
      .when(record({ agreementNumber: ' ' }))
      .thenFails('AGREEMENT.NUMBER_REQUIRED');
    spec
      .given(awarded)
      .when(record({ endsOn: '2027-02-30' }))
      .thenFails('AGREEMENT.INVALID_DAY', { field: 'endsOn' });
    spec
      .given(awarded)
      .when(record({ signedOn: '2026-3-1' }))
      .thenFails('AGREEMENT.INVALID_DAY', { field: 'signedOn' });
    spec
      .given(awarded)
      .when(record({ endsOn: '2026-03-02' }))
      .thenFails('AGREEMENT.ENDS_BEFORE_START');
    spec
      .given(awarded)
      .when(record({ signedOn: '2026-03-03', startsOn: '2026-03-02' }))
      .thenFails('AGREEMENT.SIGNED_AFTER_START');
    spec
      .given(awarded)
      .when(record({ signedOn: '2026-03-02' }))
      .then([{ ...signed, data: { ...signed.data, signedOn: '2026-03-02' } } as GrantEvent]);
    // Recorded on 2026-03-02 (KST): an agreement signed tomorrow is not signed yet.
    spec
      .given(awarded)
      .when(record({ signedOn: '2026-03-03', startsOn: '2026-04-01' }))
      .thenFails('AGREEMENT.SIGNED_IN_FUTURE', { today: '2026-03-02' });
  });
});

describe('ProposeDisbursement', () => {
  it('proposes a scheduled tranche for its scheduled amount', () => {
    spec
      .given(signedAwarded)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .then([trancheProposed('t1', m(300))]);
    spec
      .given(signedAwarded)
      .when(onGrant('ProposeDisbursement', financeOfficer, { trancheId: 't2' }))
      .then([trancheProposed('t2', m(200), financeOfficer)]);
  });

  it('needs an awarded grant and a tranche of its schedule, not yet proposed', () => {
    spec
      .given([proposed])
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('GRANT.NOT_AWARDED', { status: 'proposed' });
    spec
      .given(signedAwarded)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't9' }))
      .thenFails('DISBURSEMENT.UNKNOWN_TRANCHE');
    spec
      .given(firstPaid)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('DISBURSEMENT.ALREADY_PROPOSED', { status: 'disbursed' });
  });

  it('pays nothing before the agreement is signed (협약 체결 후 출연금 지급)', () => {
    spec
      .given(awarded)
      .when(onGrant('ProposeDisbursement', programManager, { trancheId: 't1' }))
      .thenFails('GRANT.AGREEMENT_NOT_SIGNED', { grantId: GRANT });
  });

  it('is for a program manager or finance', () => {
    spec
      .given(signedAwarded)
      .when(onGrant('ProposeDisbursement', centerStaff, { trancheId: 't1' }))
      .thenFails('GRANT.ROLE_NOT_ALLOWED');
  });
});

describe('ApproveDisbursement', () => {
  const pending = [...signedAwarded, trancheProposed('t1', m(300), financeOfficer)];

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
      .given(signedAwarded)
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

describe('recoveries under four-eyes', () => {
  const propose = (amount: Won, actor: Actor = financeOfficer, recoveryId = 'r1', reason = 'audit finding') =>
    onGrant('ProposeRecovery', actor, { recoveryId, amount, reason });
  const proposal = (amount: Won, by: Actor = financeOfficer, recoveryId = 'r1'): GrantEvent => ({
    type: 'RecoveryProposed',
    data: { grantId: GRANT, recoveryId, amount, reason: 'audit finding', proposedBy: by.userId, year: YEAR },
  });
  const approveBy = (actor: Actor, recoveryId = 'r1') => onGrant('ApproveRecovery', actor, { recoveryId });
  const approvedRecovery = (amount: Won, by: Actor = otherFinanceOfficer, recoveryId = 'r1'): GrantEvent => ({
    type: 'GrantFundsRecovered',
    data: { grantId: GRANT, year: YEAR, lineId: LINE, recoveryId, amount, reason: 'audit finding', approvedBy: by.userId },
  });

  describe('ProposeRecovery', () => {
    it('proposes a clawback of disbursed money with a reason, by finance or a program manager; nothing is recovered yet', () => {
      spec
        .given(firstPaid)
        .when(propose(m(100)))
        .then([proposal(m(100))]);
      spec
        .given(firstPaid)
        .when(propose(m(100), programManager))
        .thenState({ recovered: won(0), recoveries: [expect.objectContaining({ recoveryId: 'r1', status: 'proposed', proposedBy: programManager.userId })] });
    });

    it('proposes no more than was disbursed, not yet recovered and not claimed by open proposals', () => {
      spec
        .given([...firstPaid, recovered(m(250))])
        .when(propose(won(50_000_001), financeOfficer, 'r2'))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { recoverable: m(50) });
      spec
        .given([...firstPaid, proposal(m(200), financeOfficer, 'r0')])
        .when(propose(won(100_000_001)))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { pending: m(200), recoverable: m(100) });
      spec
        .given([
          ...firstPaid,
          proposal(m(200), financeOfficer, 'r0'),
          { type: 'RecoveryWithdrawn', data: { grantId: GRANT, recoveryId: 'r0', withdrawnBy: 'fin-choi' } },
        ])
        .when(propose(m(300)))
        .then([proposal(m(300))]);
      spec
        .given(awarded)
        .when(propose(won(1)))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { recoverable: 0 });
    });

    it('is still possible after a cancellation', () => {
      spec
        .given([...firstPaid, cancelled(m(200))])
        .when(propose(m(300)))
        .then([proposal(m(300))]);
    });

    it('needs a reason, a positive amount, a new recovery id and finance or a program manager', () => {
      spec
        .given(firstPaid)
        .when(propose(m(1), financeOfficer, 'r1', ' '))
        .thenFails('GRANT.REASON_REQUIRED');
      spec
        .given(firstPaid)
        .when(propose(won(0)))
        .thenFails('GRANT.INVALID_AMOUNT');
      spec
        .given([...firstPaid, proposal(m(10))])
        .when(propose(m(10)))
        .thenFails('RECOVERY.ALREADY_PROPOSED', { recoveryId: 'r1' });
      spec
        .given(firstPaid)
        .when(propose(m(1), centerStaff))
        .thenFails('GRANT.ROLE_NOT_ALLOWED');
    });
  });

  describe('ApproveRecovery', () => {
    it('is approved by another finance officer: the money is recovered, with who approved it', () => {
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(approveBy(otherFinanceOfficer))
        .then([approvedRecovery(m(100))]);
      spec
        .given([...firstPaid, proposal(m(100), programManager)])
        .when(approveBy(financeOfficer))
        .thenState({ recovered: m(100), recoveries: [expect.objectContaining({ status: 'recovered', decidedBy: financeOfficer.userId })] });
    });

    it('four-eyes: the proposer cannot approve, even holding the finance role', () => {
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(approveBy(financeOfficer))
        .thenFails('GRANT.FOUR_EYES', { userId: financeOfficer.userId, step: 'recovery' });
      spec
        .given([...firstPaid, proposal(m(100), programManager)])
        .when(approveBy({ userId: programManager.userId, role: 'finance' }))
        .thenFails('GRANT.FOUR_EYES', { step: 'recovery' });
    });

    it('needs finance, a proposal of this grant and one still open', () => {
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(approveBy(otherManager))
        .thenFails('GRANT.ROLE_NOT_ALLOWED', { allowed: ['finance'] });
      spec.given(firstPaid).when(approveBy(otherFinanceOfficer, 'r9')).thenFails('RECOVERY.NOT_FOUND', { recoveryId: 'r9' });
      spec
        .given([...firstPaid, proposal(m(100)), approvedRecovery(m(100))])
        .when(approveBy(otherFinanceOfficer))
        .thenFails('RECOVERY.NOT_PENDING', { status: 'recovered' });
    });
  });

  describe('WithdrawRecovery and RejectRecovery', () => {
    const withdrawn: GrantEvent = { type: 'RecoveryWithdrawn', data: { grantId: GRANT, recoveryId: 'r1', withdrawnBy: financeOfficer.userId } };

    it('lets the proposer withdraw an open proposal, and no one else', () => {
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(onGrant('WithdrawRecovery', financeOfficer, { recoveryId: 'r1' }))
        .then([withdrawn]);
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(onGrant('WithdrawRecovery', otherFinanceOfficer, { recoveryId: 'r1' }))
        .thenFails('RECOVERY.NOT_PROPOSER', { userId: otherFinanceOfficer.userId });
      spec
        .given([...firstPaid, proposal(m(100)), withdrawn])
        .when(approveBy(otherFinanceOfficer))
        .thenFails('RECOVERY.NOT_PENDING', { status: 'withdrawn' });
    });

    it('lets finance reject an open proposal with a reason; nothing is recovered', () => {
      const rejectedRecovery: GrantEvent = {
        type: 'RecoveryRejected',
        data: { grantId: GRANT, recoveryId: 'r1', reason: 'cost was eligible', rejectedBy: otherFinanceOfficer.userId },
      };
      spec
        .given([...firstPaid, proposal(m(100), programManager)])
        .when(onGrant('RejectRecovery', otherFinanceOfficer, { recoveryId: 'r1', reason: 'cost was eligible' }))
        .then([rejectedRecovery]);
      spec
        .given([...firstPaid, proposal(m(100)), rejectedRecovery])
        .when(approveBy(otherFinanceOfficer))
        .thenFails('RECOVERY.NOT_PENDING', { status: 'rejected' });
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(onGrant('RejectRecovery', otherFinanceOfficer, { recoveryId: 'r1', reason: '' }))
        .thenFails('GRANT.REASON_REQUIRED');
      spec
        .given([...firstPaid, proposal(m(100))])
        .when(onGrant('RejectRecovery', programManager, { recoveryId: 'r1', reason: 'no' }))
        .thenFails('GRANT.ROLE_NOT_ALLOWED');
    });
  });

  it('replays recoveries recorded before four-eyes (no proposal, no approver) as recovered', () => {
    spec
      .given([...firstPaid, recovered(m(250))])
      .when(propose(m(50), financeOfficer, 'r2'))
      .thenState({ recovered: m(250), recoveries: [{ recoveryId: 'r1', amount: m(250), reason: 'audit finding', status: 'recovered' }, expect.anything()] });
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
