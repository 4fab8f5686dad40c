import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Role, Won, won } from '@yunghap/kernel';
import { ProgramError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { DefineBudgetLine, OpenProgram, ProgramCommand, SetProjectCap, TransferBetweenLines } from './program.commands';
import { ProgramEvent } from './program.events';
import { PROJECT_CAP_WON } from './program-seed';

export interface ProgramLine {
  readonly nameKo: string;
  readonly nameEn: string;
  readonly amount: Won;
}

export interface OpenProgramState {
  readonly status: 'open';
  readonly year: number;
  readonly total: Won;
  /** The most one project may be granted this year: the program's policy, published to the other services. */
  readonly maxGrantPerProject: Won;
  readonly lines: Readonly<Record<string, ProgramLine>>;
}

export type ProgramState = { readonly status: 'not-opened' } | OpenProgramState;

/** The sum of the lines; what is left of the total is the unallocated reserve. */
export function allocatedToLines(state: OpenProgramState): Won {
  return won(Object.values(state.lines).reduce((sum, line) => sum + line.amount, 0));
}

function decide(command: ProgramCommand, state: ProgramState): Decision<ProgramEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return ProgramError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  switch (command.type) {
    case 'OpenProgram':
      return open(command, state);
    case 'SetProjectCap':
      return setProjectCap(command, state);
    case 'DefineBudgetLine':
      return defineLine(command, state);
    case 'TransferBetweenLines':
      return transfer(command, state);
    default:
      return assertNever(command);
  }
}

function open({ data }: OpenProgram, state: ProgramState): Decision<ProgramEvent> {
  if (state.status === 'open') return ProgramError.becauseAlreadyOpened(state.year);
  if (!isPositiveWon(data.total)) return ProgramError.becauseAmountInvalid('total', data.total);
  const maxGrantPerProject = data.maxGrantPerProject ?? PROJECT_CAP_WON;
  if (!isPositiveWon(maxGrantPerProject)) return ProgramError.becauseAmountInvalid('maxGrantPerProject', maxGrantPerProject);
  return [{ type: 'ProgramOpened', data: { year: data.year, total: data.total, maxGrantPerProject } }];
}

/** Changing the cap is a decision of its own, with its reason; setting the cap it already has records nothing. */
function setProjectCap({ data }: SetProjectCap, state: ProgramState): Decision<ProgramEvent> {
  const program = openProgram(state);
  if (isDomainError(program)) return program;
  if (!isPositiveWon(data.maxGrantPerProject)) return ProgramError.becauseAmountInvalid('maxGrantPerProject', data.maxGrantPerProject);
  if (isBlank(data.reason)) return ProgramError.becauseReasonRequired();
  if (data.maxGrantPerProject === program.maxGrantPerProject) return [];
  const { year, maxGrantPerProject, reason } = data;
  return [{ type: 'ProjectCapSet', data: { year, maxGrantPerProject, previous: program.maxGrantPerProject, reason } }];
}

function openProgram(state: ProgramState): OpenProgramState | DomainError {
  return state.status === 'open' ? state : ProgramError.becauseNotOpened();
}

function defineLine({ data }: DefineBudgetLine, state: ProgramState): Decision<ProgramEvent> {
  const program = openProgram(state);
  if (isDomainError(program)) return program;
  if (program.lines[data.lineId]) return ProgramError.becauseLineAlreadyDefined(data.lineId);
  if (!isPositiveWon(data.amount)) return ProgramError.becauseAmountInvalid('amount', data.amount);
  const allocated = allocatedToLines(program);
  if (allocated + data.amount > program.total) return ProgramError.becauseLinesExceedProgram(program.total, allocated, data.amount);
  return [{ type: 'BudgetLineDefined', data }];
}

/**
 * Moves allocation between two lines of the program. Whether the source line can spare the money
 * (what it has committed and disbursed) is decided on the line stream by `TransferOutOfLine`.
 */
function transfer({ data }: TransferBetweenLines, state: ProgramState): Decision<ProgramEvent> {
  const program = openProgram(state);
  if (isDomainError(program)) return program;
  const from = program.lines[data.fromLineId];
  if (!from) return ProgramError.becauseLineNotFound(data.fromLineId);
  if (!program.lines[data.toLineId]) return ProgramError.becauseLineNotFound(data.toLineId);
  if (data.fromLineId === data.toLineId) return ProgramError.becauseTransferToSameLine(data.fromLineId);
  if (!isPositiveWon(data.amount)) return ProgramError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return ProgramError.becauseReasonRequired();
  if (data.amount > from.amount) return ProgramError.becauseTransferAboveLine(data.fromLineId, from.amount, data.amount);
  return [{ type: 'FundsTransferredBetweenLines', data }];
}

function withLineAmount(state: OpenProgramState, lineId: string, change: number): OpenProgramState {
  const line = state.lines[lineId];
  return { ...state, lines: { ...state.lines, [lineId]: { ...line, amount: won(line.amount + change) } } };
}

function evolve(state: ProgramState, event: ProgramEvent): ProgramState {
  if (event.type === 'ProgramOpened') {
    const { year, total, maxGrantPerProject = PROJECT_CAP_WON } = event.data;
    return { status: 'open', year, total, maxGrantPerProject, lines: {} };
  }
  // The other events only follow ProgramOpened in a program's stream.
  if (state.status === 'not-opened') return state;
  switch (event.type) {
    case 'ProjectCapSet':
      return { ...state, maxGrantPerProject: event.data.maxGrantPerProject };
    case 'BudgetLineDefined': {
      const { lineId, nameKo, nameEn, amount } = event.data;
      return { ...state, lines: { ...state.lines, [lineId]: { nameKo, nameEn, amount } } };
    }
    case 'FundsTransferredBetweenLines': {
      const { fromLineId, toLineId, amount } = event.data;
      return withLineAmount(withLineAmount(state, fromLineId, -amount), toLineId, amount);
    }
    default:
      return assertNever(event);
  }
}

/** The yearly program and how it is divided into lines (stream `program-<year>`). */
export const programDecider: Decider<ProgramCommand, ProgramEvent, ProgramState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-opened' }),
};
