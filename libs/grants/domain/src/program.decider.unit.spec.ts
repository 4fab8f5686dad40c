import { Actor, won, Won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { DefineBudgetLine, OpenProgram, SetProjectCap, TransferBetweenLines } from './program.commands';
import { allocatedToLines, programDecider } from './program.decider';
import { BudgetLineDefined, FundsTransferredBetweenLines, ProgramOpened, ProjectCapSet } from './program.events';
import { PROGRAM_TOTAL_WON, PROJECT_CAP_WON, SEED_BUDGET_LINES } from './program-seed';
import { by, financeOfficer, m, programManager, YEAR } from './testing/fixtures';

const spec = deciderSpecification(programDecider);

const openProgram = (total: Won = PROGRAM_TOTAL_WON, actor: Actor = programManager): OpenProgram => ({
  type: 'OpenProgram',
  data: { year: YEAR, total },
  metadata: by(actor),
});
const defineLine = (lineId: string, amount: Won, actor: Actor = programManager): DefineBudgetLine => ({
  type: 'DefineBudgetLine',
  data: { lineId, nameKo: `${lineId} 사업`, nameEn: lineId, amount },
  metadata: by(actor),
});
const transfer = (fromLineId: string, toLineId: string, amount: Won, reason = 'IT convergence calls oversubscribed'): TransferBetweenLines => ({
  type: 'TransferBetweenLines',
  data: { transferId: 'transfer-1', fromLineId, toLineId, amount, reason },
  metadata: by(programManager),
});

const opened: ProgramOpened = { type: 'ProgramOpened', data: { year: YEAR, total: PROGRAM_TOTAL_WON, maxGrantPerProject: PROJECT_CAP_WON } };
const setCap = (maxGrantPerProject: Won, actor: Actor = programManager, reason = '2027년 예산 축소에 따른 과제당 한도 조정'): SetProjectCap => ({
  type: 'SetProjectCap',
  data: { year: YEAR, maxGrantPerProject, reason },
  metadata: by(actor),
});
const capSet = (maxGrantPerProject: Won, previous: Won = PROJECT_CAP_WON): ProjectCapSet => ({
  type: 'ProjectCapSet',
  data: { year: YEAR, maxGrantPerProject, previous, reason: '2027년 예산 축소에 따른 과제당 한도 조정' },
});
const defined = (lineId: string, amount: Won): BudgetLineDefined => ({
  type: 'BudgetLineDefined',
  data: { lineId, nameKo: `${lineId} 사업`, nameEn: lineId, amount },
});
const seeded: BudgetLineDefined[] = SEED_BUDGET_LINES.map((line) => ({ type: 'BudgetLineDefined', data: line }));
const transferred = (fromLineId: string, toLineId: string, amount: Won): FundsTransferredBetweenLines => ({
  type: 'FundsTransferredBetweenLines',
  data: { transferId: 'transfer-1', fromLineId, toLineId, amount, reason: 'IT convergence calls oversubscribed' },
});

describe('OpenProgram', () => {
  it('opens the yearly program with its total', () => {
    spec.given([]).when(openProgram()).then([opened]);
  });

  it('opens a year once', () => {
    spec.given([opened]).when(openProgram()).thenFails('PROGRAM.ALREADY_OPENED', { year: YEAR });
  });

  it('needs a positive whole number of won', () => {
    spec
      .given([])
      .when(openProgram(0.5 as Won))
      .thenFails('PROGRAM.INVALID_AMOUNT', { field: 'total', value: 0.5 });
    spec
      .given([])
      .when(openProgram(won(0)))
      .thenFails('PROGRAM.INVALID_AMOUNT');
  });

  it('is for program managers, and the platform opening the year at start', () => {
    spec.given([]).when(openProgram(PROGRAM_TOTAL_WON, financeOfficer)).thenFails('PROGRAM.ROLE_NOT_ALLOWED', { role: 'finance' });
    spec
      .given([])
      .when(openProgram(PROGRAM_TOTAL_WON, { userId: 'yunghap', role: 'system' }))
      .then([opened]);
  });

  it('does not let the platform move money between lines', () => {
    spec
      .given([opened, ...seeded])
      .when({ ...transfer('it-convergence', 'advanced-technology-innovation', m(1)), metadata: by({ userId: 'yunghap', role: 'system' }) })
      .thenFails('PROGRAM.ROLE_NOT_ALLOWED');
  });
});

describe('the cap per project, the program policy grants owns', () => {
  it('is opened with DOMAIN.md’s ₩500,000,000 unless the opening says otherwise', () => {
    spec.given([]).when(openProgram()).thenState({ maxGrantPerProject: PROJECT_CAP_WON });
    spec
      .given([])
      .when({ ...openProgram(), data: { year: YEAR, total: PROGRAM_TOTAL_WON, maxGrantPerProject: m(300) } })
      .then([{ ...opened, data: { ...opened.data, maxGrantPerProject: m(300) } }]);
  });

  it('reads a program opened before the cap was recorded on it as capped at ₩500,000,000', () => {
    const legacy: ProgramOpened = { type: 'ProgramOpened', data: { year: YEAR, total: PROGRAM_TOTAL_WON } };
    expect(programDecider.evolve(programDecider.initialState(), legacy)).toMatchObject({ maxGrantPerProject: PROJECT_CAP_WON });
  });

  it('is changed by a program manager with a reason, recording what it was', () => {
    spec
      .given([opened])
      .when(setCap(m(400)))
      .then([capSet(m(400))]);
    spec
      .given([opened, capSet(m(400))])
      .when(setCap(m(450)))
      .then([capSet(m(450), m(400))]);
    spec
      .given([opened, capSet(m(400))])
      .when(setCap(m(450)))
      .thenState({ maxGrantPerProject: m(450) });
  });

  it('records nothing when set to what it is', () => {
    spec.given([opened]).when(setCap(PROJECT_CAP_WON)).then([]);
  });

  it('needs a positive amount, a reason, an open program and a program manager', () => {
    spec
      .given([opened])
      .when(setCap(won(0)))
      .thenFails('PROGRAM.INVALID_AMOUNT', { field: 'maxGrantPerProject' });
    spec
      .given([opened])
      .when(setCap(m(400), programManager, ' '))
      .thenFails('PROGRAM.REASON_REQUIRED');
    spec
      .given([])
      .when(setCap(m(400)))
      .thenFails('PROGRAM.NOT_OPENED');
    spec
      .given([opened])
      .when(setCap(m(400), financeOfficer))
      .thenFails('PROGRAM.ROLE_NOT_ALLOWED');
  });
});

describe('DefineBudgetLine', () => {
  it('defines a named line', () => {
    spec
      .given([opened])
      .when(defineLine('it-convergence', m(1_500)))
      .then([defined('it-convergence', m(1_500))]);
  });

  it('seeds the named lines of the program, leaving ₩14.5B in reserve', () => {
    const state = [opened, ...seeded].reduce(programDecider.evolve, programDecider.initialState());
    expect(state.status === 'open' && allocatedToLines(state)).toBe(25_500_000_000);
  });

  it('allocates up to the whole program, and not a won more', () => {
    spec
      .given([opened, ...seeded])
      .when(defineLine('reserve', m(14_500)))
      .then([defined('reserve', m(14_500))]);
    spec
      .given([opened, ...seeded])
      .when(defineLine('reserve', won(14_500_000_001)))
      .thenFails('PROGRAM.LINES_EXCEED_PROGRAM', { total: PROGRAM_TOTAL_WON, allocated: 25_500_000_000, unallocated: 14_500_000_000 });
  });

  it('needs an open program', () => {
    spec
      .given([])
      .when(defineLine('it-convergence', m(1)))
      .thenFails('PROGRAM.NOT_OPENED');
  });

  it('defines a line once', () => {
    spec
      .given([opened, defined('it-convergence', m(1))])
      .when(defineLine('it-convergence', m(1)))
      .thenFails('PROGRAM.LINE_ALREADY_DEFINED');
  });

  it('needs a positive amount', () => {
    spec
      .given([opened])
      .when(defineLine('it-convergence', won(-1)))
      .thenFails('PROGRAM.INVALID_AMOUNT');
  });

  it('is for program managers only', () => {
    spec
      .given([opened])
      .when(defineLine('it-convergence', m(1), financeOfficer))
      .thenFails('PROGRAM.ROLE_NOT_ALLOWED');
  });
});

describe('TransferBetweenLines', () => {
  const given = [opened, ...seeded];

  it('moves allocation from one line to another, keeping the program total', () => {
    spec
      .given(given)
      .when(transfer('advanced-technology-innovation', 'it-convergence', m(500)))
      .then([transferred('advanced-technology-innovation', 'it-convergence', m(500))]);
    spec
      .given(given)
      .when(transfer('advanced-technology-innovation', 'it-convergence', m(500)))
      .thenState({ lines: expect.objectContaining({ 'it-convergence': expect.objectContaining({ amount: m(2_000) }) }) });
  });

  it('moves no more than the source line is allocated', () => {
    spec
      .given(given)
      .when(transfer('it-convergence', 'advanced-technology-innovation', m(1_501)))
      .thenFails('PROGRAM.TRANSFER_ABOVE_LINE', { lineAmount: m(1_500) });
  });

  it('needs a reason', () => {
    spec
      .given(given)
      .when(transfer('it-convergence', 'advanced-technology-innovation', m(1), '  '))
      .thenFails('PROGRAM.REASON_REQUIRED');
  });

  it('needs two different, defined lines', () => {
    spec
      .given(given)
      .when(transfer('it-convergence', 'it-convergence', m(1)))
      .thenFails('PROGRAM.TRANSFER_TO_SAME_LINE');
    spec
      .given(given)
      .when(transfer('space', 'it-convergence', m(1)))
      .thenFails('PROGRAM.LINE_NOT_FOUND', { lineId: 'space' });
    spec
      .given(given)
      .when(transfer('it-convergence', 'space', m(1)))
      .thenFails('PROGRAM.LINE_NOT_FOUND', { lineId: 'space' });
  });

  it('needs a positive amount', () => {
    spec
      .given(given)
      .when(transfer('it-convergence', 'advanced-technology-innovation', won(0)))
      .thenFails('PROGRAM.INVALID_AMOUNT');
  });

  it('is for program managers only', () => {
    spec
      .given(given)
      .when({ ...transfer('it-convergence', 'advanced-technology-innovation', m(1)), metadata: by(financeOfficer) })
      .thenFails('PROGRAM.ROLE_NOT_ALLOWED');
  });
});
