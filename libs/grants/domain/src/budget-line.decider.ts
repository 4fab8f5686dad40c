import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Role, Won, won } from '@yunghap/kernel';
import {
  BudgetLineCommand,
  CommitToLine,
  DisburseFromLine,
  OpenBudgetLine,
  RecoverToLine,
  ReleaseFromLine,
  TransferIntoLine,
  TransferOutOfLine,
} from './budget-line.commands';
import { BudgetLineEvent } from './budget-line.events';
import { LineError, RecoveryError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { MoneyReference, referenceKey } from './money';

/** What one grant or allocation holds on the line: still committed, paid out, clawed back. */
export interface ReferenceBalance {
  readonly reference: MoneyReference;
  readonly committed: Won;
  readonly disbursed: Won;
  readonly recovered: Won;
}

/**
 * The five figures are kept separately, not derived from one another, so that
 * `checkLineInvariant` has something to check: a wrong `evolve` shows up as a broken sum.
 */
export interface OpenBudgetLineState {
  readonly status: 'open';
  readonly year: number;
  readonly lineId: string;
  readonly amount: Won;
  readonly available: Won;
  readonly committed: Won;
  readonly disbursed: Won;
  readonly recovered: Won;
  readonly references: Readonly<Record<string, ReferenceBalance>>;
  /** Every commitment, disbursement, recovery and transfer by key, with its amount: redeliveries are recognised. */
  readonly movements: Readonly<Record<string, Won>>;
}

export type BudgetLineState = { readonly status: 'not-opened' } | OpenBudgetLineState;

const commitKey = (reference: MoneyReference) => `commit:${referenceKey(reference)}`;
const disbursementKey = (reference: MoneyReference, id: string) => `disbursement:${referenceKey(reference)}:${id}`;
const recoveryKey = (reference: MoneyReference, id: string) => `recovery:${referenceKey(reference)}:${id}`;
const transferKey = (direction: 'out' | 'in', id: string) => `transfer-${direction}:${id}`;

type Replay = 'new' | 'already-recorded' | 'recorded-otherwise';

/**
 * Commands reach the line at least once (the service retries after a crash), so a movement already
 * on the line with the same amount is recorded nothing the second time.
 */
function replayOf(line: OpenBudgetLineState, key: string, amount: Won): Replay {
  const recorded = line.movements[key];
  if (recorded === undefined) return 'new';
  return recorded === amount ? 'already-recorded' : 'recorded-otherwise';
}

function decide(command: BudgetLineCommand, state: BudgetLineState): Decision<BudgetLineEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return LineError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  if (command.type === 'OpenBudgetLine') return open(command, state);
  if (state.status === 'not-opened') return LineError.becauseNotOpened(command.data.lineId);
  switch (command.type) {
    case 'CommitToLine':
      return commit(command, state);
    case 'DisburseFromLine':
      return disburse(command, state);
    case 'RecoverToLine':
      return recover(command, state);
    case 'ReleaseFromLine':
      return release(command, state);
    case 'TransferOutOfLine':
      return transferOut(command, state);
    case 'TransferIntoLine':
      return transferIn(command, state);
    default:
      return assertNever(command);
  }
}

function open({ data }: OpenBudgetLine, state: BudgetLineState): Decision<BudgetLineEvent> {
  if (state.status === 'open') return LineError.becauseAlreadyOpened(state.lineId);
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  return [{ type: 'BudgetLineOpened', data }];
}

/** The one check that keeps the line from being overspent: the stream serialises every commit. */
function commit({ data }: CommitToLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  const replay = replayOf(line, commitKey(data.reference), data.amount);
  if (replay === 'already-recorded') return [];
  if (replay === 'recorded-otherwise') return LineError.becauseAlreadyCommitted(data.reference, line.movements[commitKey(data.reference)]);
  if (data.amount > line.available) return LineError.becauseInsufficientFunds(line.lineId, line.available, data.amount);
  return [{ type: 'LineFundsCommitted', data }];
}

function referenceOn(line: OpenBudgetLineState, reference: MoneyReference): ReferenceBalance | DomainError {
  return line.references[referenceKey(reference)] ?? LineError.becauseUnknownReference(reference);
}

function disburse({ data }: DisburseFromLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  const held = referenceOn(line, data.reference);
  if (isDomainError(held)) return held;
  const replay = replayOf(line, disbursementKey(data.reference, data.disbursementId), data.amount);
  if (replay === 'already-recorded') return [];
  if (replay === 'recorded-otherwise') return LineError.becauseMovementReused(data.disbursementId);
  if (data.amount > held.committed) return LineError.becauseAboveCommitted(data.reference, held.committed, data.amount);
  return [{ type: 'LineFundsDisbursed', data }];
}

function recover({ data }: RecoverToLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return LineError.becauseReasonRequired();
  const held = referenceOn(line, data.reference);
  if (isDomainError(held)) return held;
  const replay = replayOf(line, recoveryKey(data.reference, data.recoveryId), data.amount);
  if (replay === 'already-recorded') return [];
  if (replay === 'recorded-otherwise') return LineError.becauseMovementReused(data.recoveryId);
  if (data.amount > held.disbursed - held.recovered) return RecoveryError.becauseAboveDisbursed(held.disbursed, held.recovered, won(0), data.amount);
  return [{ type: 'LineFundsRecovered', data }];
}

/** Releasing what is no longer committed is a no-op, so a redelivered release records nothing. */
function release({ data }: ReleaseFromLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (isBlank(data.reason)) return LineError.becauseReasonRequired();
  const held = referenceOn(line, data.reference);
  if (isDomainError(held)) return held;
  if (held.committed === 0) return [];
  return [{ type: 'LineCommitmentReleased', data: { ...data, amount: held.committed } }];
}

/** A line gives away only what it has available: never what is committed or disbursed. */
function transferOut({ data }: TransferOutOfLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return LineError.becauseReasonRequired();
  const replay = replayOf(line, transferKey('out', data.transferId), data.amount);
  if (replay === 'already-recorded') return [];
  if (replay === 'recorded-otherwise') return LineError.becauseMovementReused(data.transferId);
  if (data.amount > line.available) return LineError.becauseInsufficientFunds(line.lineId, line.available, data.amount);
  return [{ type: 'LineTransferredOut', data }];
}

function transferIn({ data }: TransferIntoLine, line: OpenBudgetLineState): Decision<BudgetLineEvent> {
  if (!isPositiveWon(data.amount)) return LineError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return LineError.becauseReasonRequired();
  const replay = replayOf(line, transferKey('in', data.transferId), data.amount);
  if (replay === 'already-recorded') return [];
  if (replay === 'recorded-otherwise') return LineError.becauseMovementReused(data.transferId);
  return [{ type: 'LineTransferredIn', data }];
}

type Figures = Pick<ReferenceBalance, 'committed' | 'disbursed' | 'recovered'>;
type Change = Partial<Record<'amount' | 'available' | keyof Figures, number>>;

const plus = (value: Won, delta: number | undefined): Won => won(value + (delta ?? 0));

/** Applies one movement to the line's figures, to the reference's figures and to the movement log. */
function moved(line: OpenBudgetLineState, change: Change, movementKey: string | undefined, amount: Won, reference?: MoneyReference): OpenBudgetLineState {
  const next: OpenBudgetLineState = {
    ...line,
    amount: plus(line.amount, change.amount),
    available: plus(line.available, change.available),
    committed: plus(line.committed, change.committed),
    disbursed: plus(line.disbursed, change.disbursed),
    recovered: plus(line.recovered, change.recovered),
    movements: movementKey === undefined ? line.movements : { ...line.movements, [movementKey]: amount },
  };
  if (!reference) return next;
  const key = referenceKey(reference);
  const held = line.references[key] ?? { reference, committed: won(0), disbursed: won(0), recovered: won(0) };
  const updated: ReferenceBalance = {
    reference,
    committed: plus(held.committed, change.committed),
    disbursed: plus(held.disbursed, change.disbursed),
    recovered: plus(held.recovered, change.recovered),
  };
  return { ...next, references: { ...line.references, [key]: updated } };
}

function evolve(state: BudgetLineState, event: BudgetLineEvent): BudgetLineState {
  if (event.type === 'BudgetLineOpened') {
    const { year, lineId, amount } = event.data;
    const none = won(0);
    return { status: 'open', year, lineId, amount, available: amount, committed: none, disbursed: none, recovered: none, references: {}, movements: {} };
  }
  // The other events only follow BudgetLineOpened in a line's stream.
  if (state.status === 'not-opened') return state;
  const { amount } = event.data;
  switch (event.type) {
    case 'LineFundsCommitted':
      return moved(state, { available: -amount, committed: amount }, commitKey(event.data.reference), amount, event.data.reference);
    case 'LineFundsDisbursed': {
      const { reference, disbursementId } = event.data;
      return moved(state, { committed: -amount, disbursed: amount }, disbursementKey(reference, disbursementId), amount, reference);
    }
    case 'LineFundsRecovered': {
      const { reference, recoveryId } = event.data;
      // Clawed-back money is available again; `disbursed` stays the gross amount ever paid out.
      return moved(state, { recovered: amount, available: amount }, recoveryKey(reference, recoveryId), amount, reference);
    }
    case 'LineCommitmentReleased':
      return moved(state, { committed: -amount, available: amount }, undefined, amount, event.data.reference);
    case 'LineTransferredOut':
      return moved(state, { amount: -amount, available: -amount }, transferKey('out', event.data.transferId), amount);
    case 'LineTransferredIn':
      return moved(state, { amount: amount, available: amount }, transferKey('in', event.data.transferId), amount);
    default:
      return assertNever(event);
  }
}

/**
 * One budget line of one year (stream `budget-line-<year>-<lineId>`): the consistency boundary for
 * money. Every commitment, disbursement, recovery, release and transfer of the line goes through it.
 */
export const budgetLineDecider: Decider<BudgetLineCommand, BudgetLineEvent, BudgetLineState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-opened' }),
};
