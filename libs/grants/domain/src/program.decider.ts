import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Role, Won, won } from '@yunghap/kernel';
import { ProgramError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { DefineBudgetLine, OpenProgram, ProgramCommand, TransferBetweenLines } from './program.commands';
import { ProgramEvent } from './program.events';

export interface ProgramLine {
  readonly nameKo: string;
  readonly nameEn: string;
  readonly amount: Won;
}

export interface OpenProgramState {
  readonly status: 'open';
  readonly year: number;
  readonly total: Won;
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
  return [{ type: 'ProgramOpened', data }];
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
  if (event.type === 'ProgramOpened') return { status: 'open', year: event.data.year, total: event.data.total, lines: {} };
  // The other events only follow ProgramOpened in a program's stream.
  if (state.status === 'not-opened') return state;
  switch (event.type) {
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
