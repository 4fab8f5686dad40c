import { Actor, Won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { Tranche } from './disbursement-schedule';
import { GrantCommand } from './grant.commands';
import { grantDecider } from './grant.decider';
import { GrantEvent } from './grant.events';
import { GrantsStreams } from './grants.streams';
import { lineInstructionsFor } from './line-instruction';
import { by, financeOfficer, LINE, m, mentoringService, otherFinanceOfficer, programManager, YEAR } from './testing/fixtures';
import { MAX_FISCAL_YEARS } from './year-parts';

// An 18-month task proposed in 2026: its tranches fall in 2026 and 2027, and each fiscal year's
// part is committed against that year's program.
const spec = deciderSpecification(grantDecider);
const GRANT = 'grant-multi';
const NEXT = YEAR + 1;
const SCHEDULE: readonly Tranche[] = [
  { trancheId: 't1', dueOn: '2026-07-01', amount: m(100) },
  { trancheId: 't2', dueOn: '2026-11-01', amount: m(50) },
  { trancheId: 't3', dueOn: '2027-03-01', amount: m(150) },
];
const PARTS = [
  { year: YEAR, amount: m(150) },
  { year: NEXT, amount: m(150) },
];

const proposeAward = (schedule: readonly Tranche[] = SCHEDULE): GrantCommand => ({
  type: 'ProposeAward',
  data: {
    grantId: GRANT,
    year: YEAR,
    applicationId: 'app-multi',
    callId: 'call-2026',
    lineId: LINE,
    callLineId: LINE,
    amount: m(schedule.reduce((sum, tranche) => sum + tranche.amount, 0) / 1_000_000),
    requestedWon: m(500),
    projectCap: m(500),
    evaluationPassed: true,
    schedule,
  },
  metadata: by(programManager),
});
const onGrant = (type: Exclude<GrantCommand['type'], 'ProposeAward'>, actor: Actor, extra: Record<string, unknown> = {}): GrantCommand =>
  ({ type, data: { grantId: GRANT, ...extra }, metadata: by(actor) }) as GrantCommand;

const proposedWith = (schedule: readonly Tranche[], yearParts?: readonly { year: number; amount: Won }[]): GrantEvent => ({
  type: 'AwardProposed',
  data: {
    grantId: GRANT,
    year: YEAR,
    applicationId: 'app-multi',
    callId: 'call-2026',
    lineId: LINE,
    amount: m(300),
    requestedWon: m(500),
    schedule,
    proposedBy: programManager.userId,
    ...(yearParts && { yearParts }),
  },
});
const proposed = proposedWith(SCHEDULE, PARTS);
const approved: GrantEvent = {
  type: 'AwardApproved',
  data: { grantId: GRANT, year: YEAR, lineId: LINE, amount: m(150), planned: [{ year: NEXT, amount: m(150) }], approvedBy: financeOfficer.userId },
};
const signed: GrantEvent = {
  type: 'AgreementRecorded',
  data: {
    grantId: GRANT,
    agreementNumber: 'RS-2026-7',
    startsOn: '2026-03-02',
    endsOn: '2027-08-31',
    signedOn: '2026-03-01',
    recordedBy: programManager.userId,
  },
};
const nextCommitted: GrantEvent = { type: 'YearPartCommitted', data: { grantId: GRANT, year: NEXT, lineId: LINE, amount: m(150) } };
const paid = (trancheId: string, year: number, amount: Won): GrantEvent[] => [
  { type: 'DisbursementProposed', data: { grantId: GRANT, trancheId, amount, proposedBy: financeOfficer.userId } },
  { type: 'DisbursementApproved', data: { grantId: GRANT, year, lineId: LINE, trancheId, amount, approvedBy: otherFinanceOfficer.userId } },
];
const awarded = [proposed, approved, signed];

describe('a multi-year award', () => {
  describe('its proposal', () => {
    it('records the tranches summed by fiscal year', () => {
      spec.given([]).when(proposeAward()).then([proposed]);
    });

    it('refuses a tranche dated before the award’s year', () => {
      const schedule = [{ trancheId: 't1', dueOn: '2025-12-31', amount: m(100) }];
      spec.given([]).when(proposeAward(schedule)).thenFails('GRANT.TRANCHE_BEFORE_AWARD_YEAR', { trancheId: 't1', year: YEAR });
    });

    it(`spans at most ${MAX_FISCAL_YEARS} fiscal years`, () => {
      const within = [
        { trancheId: 't1', dueOn: '2026-07-01', amount: m(100) },
        { trancheId: 't2', dueOn: '2030-12-31', amount: m(100) },
      ];
      spec.given([]).when(proposeAward(within)).thenState({ status: 'proposed' });
      const beyond = [...within, { trancheId: 't3', dueOn: '2031-01-01', amount: m(100) }];
      spec.given([]).when(proposeAward(beyond)).thenFails('GRANT.TOO_MANY_FISCAL_YEARS', { trancheId: 't3', maxYears: 5 });
    });
  });

  describe('its approval', () => {
    it('commits only the award year’s part on that year’s line; the later parts are planned', () => {
      spec.given([proposed]).when(onGrant('ApproveAward', financeOfficer)).then([approved]);
      expect(lineInstructionsFor(approved, by(financeOfficer))).toEqual([
        expect.objectContaining({
          streamId: GrantsStreams.budgetLine(YEAR, LINE),
          command: expect.objectContaining({ data: expect.objectContaining({ amount: m(150) }) }),
        }),
      ]);
      spec
        .given([proposed])
        .when(onGrant('ApproveAward', financeOfficer))
        .thenState({
          yearParts: [
            { year: YEAR, amount: m(150), status: 'committed' },
            { year: NEXT, amount: m(150), status: 'planned' },
          ],
        });
    });

    it('commits nothing, and moves no money, when every tranche falls in a later year', () => {
      const later = [{ trancheId: 't1', dueOn: '2027-02-01', amount: m(300) }];
      const zero: GrantEvent = {
        type: 'AwardApproved',
        data: { grantId: GRANT, year: YEAR, lineId: LINE, amount: m(0), planned: [{ year: NEXT, amount: m(300) }], approvedBy: financeOfficer.userId },
      };
      spec
        .given([proposedWith(later, [{ year: NEXT, amount: m(300) }])])
        .when(onGrant('ApproveAward', financeOfficer))
        .then([zero]);
      expect(lineInstructionsFor(zero, by(financeOfficer))).toEqual([]);
    });

    it('reads a proposal recorded before year parts as one part, the whole amount in the award’s year', () => {
      const legacy = proposedWith(SCHEDULE);
      spec
        .given([legacy])
        .when(onGrant('ApproveAward', financeOfficer))
        .then([{ ...approved, data: { ...approved.data, amount: m(300), planned: [] } }]);
    });
  });

  describe('CommitYearPart', () => {
    const commit = (year: number, actor: Actor = mentoringService) => onGrant('CommitYearPart', actor, { year });

    it('commits a planned part on its year’s line, by the platform or finance', () => {
      spec.given(awarded).when(commit(NEXT)).then([nextCommitted]);
      spec.given(awarded).when(commit(NEXT, financeOfficer)).then([nextCommitted]);
      expect(lineInstructionsFor(nextCommitted, by(mentoringService))).toEqual([
        expect.objectContaining({ streamId: GrantsStreams.budgetLine(NEXT, LINE), command: expect.objectContaining({ type: 'CommitToLine' }) }),
      ]);
      spec.given(awarded).when(commit(NEXT, programManager)).thenFails('GRANT.ROLE_NOT_ALLOWED');
    });

    it('is refused before the award, for a year without a part, and once committed', () => {
      spec.given([proposed]).when(commit(NEXT)).thenFails('GRANT.NOT_AWARDED', { status: 'proposed' });
      spec
        .given(awarded)
        .when(commit(NEXT + 1))
        .thenFails('GRANT.NO_YEAR_PART', { year: NEXT + 1 });
      spec.given(awarded).when(commit(YEAR)).thenFails('GRANT.YEAR_PART_ALREADY_COMMITTED', { year: YEAR });
      spec
        .given([...awarded, nextCommitted])
        .when(commit(NEXT))
        .thenFails('GRANT.YEAR_PART_ALREADY_COMMITTED', { year: NEXT });
    });
  });

  describe('its tranches', () => {
    it('are paid only once their year’s part is committed (409)', () => {
      spec
        .given(awarded)
        .when(onGrant('ProposeDisbursement', financeOfficer, { trancheId: 't3' }))
        .thenFails('GRANT.YEAR_PART_NOT_COMMITTED', { trancheId: 't3', year: NEXT });
    });

    it('are paid from their own year’s line', () => {
      const proposedT3: GrantEvent = {
        type: 'DisbursementProposed',
        data: { grantId: GRANT, trancheId: 't3', amount: m(150), proposedBy: financeOfficer.userId },
      };
      spec
        .given([...awarded, nextCommitted, proposedT3])
        .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't3' }))
        .then([paid('t3', NEXT, m(150))[1]]);
      spec
        .given([...awarded, paid('t1', YEAR, m(100))[0]])
        .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't1' }))
        .then([paid('t1', YEAR, m(100))[1]]);
    });

    it('of a grant recorded before year parts are paid from the award year’s line, whatever their day', () => {
      const legacy = [proposedWith(SCHEDULE), { ...approved, data: { ...approved.data, amount: m(300), planned: undefined } }, signed];
      spec
        .given([...legacy, { type: 'DisbursementProposed', data: { grantId: GRANT, trancheId: 't3', amount: m(150), proposedBy: financeOfficer.userId } }])
        .when(onGrant('ApproveDisbursement', otherFinanceOfficer, { trancheId: 't3' }))
        .then([paid('t3', YEAR, m(150))[1]]);
    });
  });

  describe('its cancellation', () => {
    const cancel = onGrant('CancelGrant', programManager, { reason: 'consortium dissolved' });

    it('releases, for each committed year, what was committed and not paid; planned parts end', () => {
      const releasedBoth: GrantEvent = {
        type: 'GrantCancelled',
        data: {
          grantId: GRANT,
          year: YEAR,
          lineId: LINE,
          released: m(200),
          releases: [
            { year: YEAR, amount: m(50) },
            { year: NEXT, amount: m(150) },
          ],
          reason: 'consortium dissolved',
        },
      };
      spec
        .given([...awarded, ...paid('t1', YEAR, m(100)), nextCommitted])
        .when(cancel)
        .then([releasedBoth]);
      expect(lineInstructionsFor(releasedBoth, by(programManager)).map((instruction) => instruction.streamId)).toEqual([
        GrantsStreams.budgetLine(YEAR, LINE),
        GrantsStreams.budgetLine(NEXT, LINE),
      ]);
      spec
        .given([...awarded, ...paid('t1', YEAR, m(100))])
        .when(cancel)
        .thenState({
          status: 'cancelled',
          yearParts: [
            { year: YEAR, amount: m(150), status: 'released', released: m(50) },
            { year: NEXT, amount: m(150), status: 'ended' },
          ],
        });
    });

    it('reads a cancellation recorded before year parts as releasing the award year’s line', () => {
      const legacy: GrantEvent = { type: 'GrantCancelled', data: { grantId: GRANT, year: YEAR, lineId: LINE, released: m(300), reason: 'dissolved' } };
      expect(lineInstructionsFor(legacy, by(programManager)).map((instruction) => instruction.streamId)).toEqual([GrantsStreams.budgetLine(YEAR, LINE)]);
    });
  });

  describe('its recoveries', () => {
    const propose = (amount: Won, year?: number) =>
      onGrant('ProposeRecovery', financeOfficer, { recoveryId: 'r1', amount, reason: 'audit finding', ...(year !== undefined && { year }) });
    const bothPaid = [...awarded, ...paid('t1', YEAR, m(100)), nextCommitted, ...paid('t3', NEXT, m(150))];

    it('recover the latest year with payments by default, and go back to that year’s line', () => {
      spec
        .given(bothPaid)
        .when(propose(m(150)))
        .then([
          {
            type: 'RecoveryProposed',
            data: { grantId: GRANT, recoveryId: 'r1', amount: m(150), reason: 'audit finding', proposedBy: financeOfficer.userId, year: NEXT },
          },
        ]);
      spec
        .given([
          ...bothPaid,
          { type: 'RecoveryProposed', data: { grantId: GRANT, recoveryId: 'r1', amount: m(20), reason: 'x', proposedBy: financeOfficer.userId, year: YEAR } },
        ])
        .when(onGrant('ApproveRecovery', otherFinanceOfficer, { recoveryId: 'r1' }))
        .then([
          {
            type: 'GrantFundsRecovered',
            data: { grantId: GRANT, year: YEAR, lineId: LINE, recoveryId: 'r1', amount: m(20), reason: 'x', approvedBy: otherFinanceOfficer.userId },
          },
        ]);
    });

    it('are limited to what the named year paid, less what was already recovered from it', () => {
      spec
        .given(bothPaid)
        .when(propose(m(101), YEAR))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { year: YEAR, disbursed: m(100), recoverable: m(100) });
      const earlier: GrantEvent = {
        type: 'GrantFundsRecovered',
        data: { grantId: GRANT, year: YEAR, lineId: LINE, recoveryId: 'r0', amount: m(60), reason: 'earlier', approvedBy: otherFinanceOfficer.userId },
      };
      spec
        .given([...bothPaid, earlier])
        .when(propose(m(41), YEAR))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { recovered: m(60), recoverable: m(40) });
      spec
        .given(awarded)
        .when(propose(m(1), NEXT))
        .thenFails('RECOVERY.ABOVE_DISBURSED', { year: NEXT, disbursed: 0 });
    });
  });
});
