import { CommandMetadata, Decider, DomainError, isDomainError } from '@yunghap/kernel';
import { checkLineInvariant, lineBalance } from './budget-line.balance';
import { BudgetLineCommand } from './budget-line.commands';
import { budgetLineDecider, BudgetLineState } from './budget-line.decider';
import { BudgetLineEvent } from './budget-line.events';
import { GrantCommand } from './grant.commands';
import { grantDecider } from './grant.decider';
import { GrantEvent } from './grant.events';
import { GrantState } from './grant.state';
import { GrantsStreams } from './grants.streams';
import { lineInstructionsFor, programLineInstructions } from './line-instruction';
import { AllocationCommand } from './mentoring-allocation.commands';
import { mentoringAllocationDecider } from './mentoring-allocation.decider';
import { AllocationEvent } from './mentoring-allocation.events';
import { MENTORING_LINE_ID } from './program-seed';
import { by, financeOfficer, LINE, m, mentoringService, otherFinanceOfficer, programManager, YEAR } from './testing/fixtures';

// What the grants service does with these functions, with streams kept in memory: decide on the
// grant or allocation without appending, apply the money movement on the line, then append.
class Streams {
  private readonly states = new Map<string, unknown>();

  handle<C extends { metadata: CommandMetadata }, E extends GrantEvent | AllocationEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
  ): readonly E[] | DomainError {
    const state = (this.states.get(streamId) as S | undefined) ?? decider.initialState();
    const decision = decider.decide(command, state);
    if (isDomainError(decision)) return decision;
    for (const instruction of decision.flatMap((event) => lineInstructionsFor(event, command.metadata))) {
      const lineResult = this.line(instruction.streamId, instruction.command);
      if (isDomainError(lineResult)) return lineResult;
    }
    this.states.set(streamId, decision.reduce(decider.evolve, state));
    return decision;
  }

  line(streamId: string, command: BudgetLineCommand): readonly BudgetLineEvent[] | DomainError {
    const state = this.lineState(streamId);
    const decision = budgetLineDecider.decide(command, state);
    if (!isDomainError(decision)) this.states.set(streamId, decision.reduce(budgetLineDecider.evolve, state));
    return decision;
  }

  lineState(streamId: string): BudgetLineState {
    return (this.states.get(streamId) as BudgetLineState | undefined) ?? budgetLineDecider.initialState();
  }

  grantState(grantId: string): GrantState {
    return this.states.get(GrantsStreams.grant(grantId)) as GrantState;
  }
}

const grantCommand = (command: Omit<GrantCommand, 'metadata'>, actor = programManager) => ({ ...command, metadata: by(actor) }) as GrantCommand;
const allocationCommand = (command: Omit<AllocationCommand, 'metadata'>, actor = mentoringService) =>
  ({ ...command, metadata: by(actor) }) as AllocationCommand;

describe('grant and line together', () => {
  const lineStream = GrantsStreams.budgetLine(YEAR, LINE);

  function openedWith(amount = m(1_500)): Streams {
    const streams = new Streams();
    streams.line(lineStream, { type: 'OpenBudgetLine', data: { year: YEAR, lineId: LINE, amount }, metadata: by(programManager) });
    return streams;
  }

  function proposeAndApprove(streams: Streams, grantId: string, amount = m(500)) {
    const stream = GrantsStreams.grant(grantId);
    streams.handle(
      grantDecider,
      stream,
      grantCommand({
        type: 'ProposeAward',
        data: {
          grantId,
          year: YEAR,
          applicationId: `app-${grantId}`,
          callId: 'call-1',
          lineId: LINE,
          callLineId: LINE,
          amount,
          requestedWon: amount,
          projectCap: amount,
          evaluationPassed: true,
          schedule: [{ trancheId: 't1', dueOn: '2026-05-01', amount }],
        },
      }),
    );
    return streams.handle(grantDecider, stream, grantCommand({ type: 'ApproveAward', data: { grantId } }, financeOfficer));
  }

  it('commits the award on the line at approval, disburses, recovers and releases with the grant', () => {
    const streams = openedWith();
    const stream = GrantsStreams.grant('g1');
    expect(isDomainError(proposeAndApprove(streams, 'g1'))).toBe(false);
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: m(1_000), committed: m(500) });

    const agreement = { agreementNumber: 'RS-2026-00001', startsOn: '2026-03-02', endsOn: '2027-02-28', signedOn: '2026-03-01' };
    streams.handle(grantDecider, stream, grantCommand({ type: 'RecordAgreement', data: { grantId: 'g1', ...agreement } }));
    streams.handle(grantDecider, stream, grantCommand({ type: 'ProposeDisbursement', data: { grantId: 'g1', trancheId: 't1' } }));
    streams.handle(grantDecider, stream, grantCommand({ type: 'ApproveDisbursement', data: { grantId: 'g1', trancheId: 't1' } }, financeOfficer));
    streams.handle(
      grantDecider,
      stream,
      grantCommand({ type: 'ProposeRecovery', data: { grantId: 'g1', recoveryId: 'r1', amount: m(80), reason: 'ineligible cost' } }, financeOfficer),
    );
    // The proposal moves nothing; finance's approval does.
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: m(1_000), recovered: 0 });
    streams.handle(grantDecider, stream, grantCommand({ type: 'ApproveRecovery', data: { grantId: 'g1', recoveryId: 'r1' } }, otherFinanceOfficer));

    expect(lineBalance(streams.lineState(lineStream))).toEqual({ amount: m(1_500), available: m(1_080), committed: 0, disbursed: m(500), recovered: m(80) });
    expect(streams.grantState('g1')).toMatchObject({ disbursed: m(500), recovered: m(80) });
    expect(checkLineInvariant(streams.lineState(lineStream))).toEqual([]);
  });

  it('leaves the grant unapproved when the line cannot cover it', () => {
    const streams = openedWith(m(700));
    proposeAndApprove(streams, 'g1');
    const refused = proposeAndApprove(streams, 'g2');
    expect(refused).toMatchObject({ code: 'LINE.INSUFFICIENT_FUNDS', details: { available: m(200), requested: m(500) } });
    expect(streams.grantState('g2').status).toBe('proposed');
  });

  it('gives a cancelled grant’s undisbursed money back to the line', () => {
    const streams = openedWith();
    proposeAndApprove(streams, 'g1');
    streams.handle(grantDecider, GrantsStreams.grant('g1'), grantCommand({ type: 'CancelGrant', data: { grantId: 'g1', reason: 'consortium dissolved' } }));
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: m(1_500), committed: 0 });
  });

  it('commits a later year’s part on that year’s line only once it is open and can cover it; a cancellation releases each year’s line', () => {
    const streams = openedWith();
    const nextLine = GrantsStreams.budgetLine(YEAR + 1, LINE);
    const stream = GrantsStreams.grant('g1');
    const schedule = [
      { trancheId: 't1', dueOn: `${YEAR}-10-01`, amount: m(200) },
      { trancheId: 't2', dueOn: `${YEAR + 1}-04-01`, amount: m(300) },
    ];
    const propose = { grantId: 'g1', year: YEAR, applicationId: 'app-g1', callId: 'call-1', lineId: LINE, callLineId: LINE, amount: m(500) };
    streams.handle(
      grantDecider,
      stream,
      grantCommand({ type: 'ProposeAward', data: { ...propose, requestedWon: m(500), projectCap: m(500), evaluationPassed: true, schedule } }),
    );
    streams.handle(grantDecider, stream, grantCommand({ type: 'ApproveAward', data: { grantId: 'g1' } }, financeOfficer));
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ committed: m(200) });

    const commitNext = () =>
      streams.handle(grantDecider, stream, grantCommand({ type: 'CommitYearPart', data: { grantId: 'g1', year: YEAR + 1 } }, mentoringService));
    expect(commitNext()).toMatchObject({ code: 'LINE.NOT_OPENED' });
    streams.line(nextLine, { type: 'OpenBudgetLine', data: { year: YEAR + 1, lineId: LINE, amount: m(250) }, metadata: by(programManager) });
    expect(commitNext()).toMatchObject({ code: 'LINE.INSUFFICIENT_FUNDS', details: { available: m(250), requested: m(300) } });
    // Refused, the part stays planned.
    expect(streams.grantState('g1')).toMatchObject({ yearParts: [{ status: 'committed' }, { status: 'planned' }] });
    streams.line(nextLine, {
      type: 'TransferIntoLine',
      data: { lineId: LINE, transferId: 'tr1', fromLineId: 'reserve', amount: m(100), reason: 'second year' },
      metadata: by(programManager),
    });
    expect(isDomainError(commitNext())).toBe(false);
    expect(lineBalance(streams.lineState(nextLine))).toMatchObject({ available: m(50), committed: m(300) });

    streams.handle(grantDecider, stream, grantCommand({ type: 'CancelGrant', data: { grantId: 'g1', reason: 'consortium dissolved' } }));
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: m(1_500), committed: 0 });
    expect(lineBalance(streams.lineState(nextLine))).toMatchObject({ available: m(350), committed: 0 });
  });

  it('moves no money for a decision that does not', () => {
    const rejected: GrantEvent = { type: 'AwardRejected', data: { grantId: 'g1', reason: 'late', rejectedBy: financeOfficer.userId } };
    expect(lineInstructionsFor(rejected, by(financeOfficer))).toEqual([]);
  });
});

describe('mentoring allocations and the mentoring line', () => {
  const lineStream = GrantsStreams.budgetLine(YEAR, MENTORING_LINE_ID);

  function request(streams: Streams, allocationId: string) {
    const stream = GrantsStreams.allocation(allocationId);
    streams.handle(
      mentoringAllocationDecider,
      stream,
      allocationCommand({
        type: 'RequestAllocation',
        data: {
          allocationId,
          year: YEAR,
          engagementId: `eng-${allocationId}`,
          consortiumId: 'cons-1',
          lineId: MENTORING_LINE_ID,
          amount: m(10),
          confirmedBy: 'coord-han',
        },
      }),
    );
    const approval = streams.handle(
      mentoringAllocationDecider,
      stream,
      allocationCommand({ type: 'ApproveAllocation', data: { allocationId } }, financeOfficer),
    );
    // The service turns the line's refusal into the allocation's recorded rejection.
    if (isDomainError(approval) && approval.code === 'LINE.INSUFFICIENT_FUNDS') {
      return streams.handle(
        mentoringAllocationDecider,
        stream,
        allocationCommand({ type: 'RejectAllocation', data: { allocationId, reason: 'budget-exhausted' } }),
      );
    }
    return approval;
  }

  it('funds 100 allocations of ₩10M from ₩1B, rejects the 101st as budget-exhausted, and reopens room on release', () => {
    const streams = new Streams();
    streams.line(lineStream, { type: 'OpenBudgetLine', data: { year: YEAR, lineId: MENTORING_LINE_ID, amount: m(1_000) }, metadata: by(programManager) });
    const outcomes = Array.from({ length: 101 }, (_, index) => request(streams, `a${index}`));

    expect(outcomes.slice(0, 100).every((events) => !isDomainError(events) && events[0].type === 'AllocationApproved')).toBe(true);
    expect(outcomes[100]).toEqual([expect.objectContaining({ type: 'AllocationRejected', data: expect.objectContaining({ reason: 'budget-exhausted' }) })]);
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: 0, committed: m(1_000) });

    streams.handle(
      mentoringAllocationDecider,
      GrantsStreams.allocation('a7'),
      allocationCommand({ type: 'ReleaseAllocation', data: { allocationId: 'a7', reason: 'engagement cancelled' } }),
    );
    expect(lineBalance(streams.lineState(lineStream))).toMatchObject({ available: m(10), committed: m(990) });
    expect(checkLineInvariant(streams.lineState(lineStream))).toEqual([]);
  });
});

describe('program decisions and the lines of their year', () => {
  const metadata = by(programManager);
  // As the service applies them: in order, stopping at the first refusal.
  function apply(streams: Streams, instructions: ReturnType<typeof programLineInstructions>): DomainError | undefined {
    for (const instruction of instructions) {
      const result = streams.line(instruction.streamId, instruction.command);
      if (isDomainError(result)) return result;
    }
    return undefined;
  }

  it('opens a line defined on the program with its amount, on the stream of that year', () => {
    const streams = new Streams();
    const defined = programLineInstructions(
      { type: 'BudgetLineDefined', data: { lineId: 'regional-pilot', nameKo: '지역 융합 시범사업', nameEn: 'Regional pilot', amount: m(2_000) } },
      YEAR,
      metadata,
    );

    expect(defined.map((instruction) => instruction.streamId)).toEqual([GrantsStreams.budgetLine(YEAR, 'regional-pilot')]);
    expect(apply(streams, defined)).toBeUndefined();
    expect(lineBalance(streams.lineState(GrantsStreams.budgetLine(YEAR, 'regional-pilot')))).toMatchObject({ amount: m(2_000), available: m(2_000) });
  });

  it('moves a transfer out of the source line first, which refuses money it does not have available', () => {
    const streams = new Streams();
    for (const lineId of [LINE, MENTORING_LINE_ID])
      streams.line(GrantsStreams.budgetLine(YEAR, lineId), { type: 'OpenBudgetLine', data: { year: YEAR, lineId, amount: m(1_000) }, metadata });
    const transfer = (amount: number) =>
      programLineInstructions(
        {
          type: 'FundsTransferredBetweenLines',
          data: { transferId: `t-${amount}`, fromLineId: MENTORING_LINE_ID, toLineId: LINE, amount: m(amount), reason: 'rebalance' },
        },
        YEAR,
        metadata,
      );

    expect(transfer(700).map((instruction) => [instruction.streamId, instruction.command.type])).toEqual([
      [GrantsStreams.budgetLine(YEAR, MENTORING_LINE_ID), 'TransferOutOfLine'],
      [GrantsStreams.budgetLine(YEAR, LINE), 'TransferIntoLine'],
    ]);
    expect(apply(streams, transfer(700))).toBeUndefined();
    const refused = apply(streams, transfer(400));

    expect(refused).toMatchObject({ code: 'LINE.INSUFFICIENT_FUNDS' });
    expect(lineBalance(streams.lineState(GrantsStreams.budgetLine(YEAR, MENTORING_LINE_ID)))).toMatchObject({ amount: m(300), available: m(300) });
    expect(lineBalance(streams.lineState(GrantsStreams.budgetLine(YEAR, LINE)))).toMatchObject({ amount: m(1_700), available: m(1_700) });
    expect(programLineInstructions({ type: 'ProgramOpened', data: { year: YEAR, total: m(40_000) } }, YEAR, metadata)).toEqual([]);
  });
});
