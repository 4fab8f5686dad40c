import { assertNever, Won } from '@yunghap/kernel';
import { Agreement } from './agreement';
import { lineBalance } from './budget-line.balance';
import { budgetLineDecider } from './budget-line.decider';
import { BudgetLineEvent } from './budget-line.events';
import { ExportTable } from './csv-cells';
import { MoneyReference } from './money';
import { Recipient } from './recipient';
import { instantOf, TimedEvent } from './timed-event';

/** Whom a grant's money is for: its recipient (the lead firm) and agreement number, '' where none is known (allocations, transfers). */
export interface LedgerParty {
  readonly recipientName: string;
  readonly recipientRegistrationNumber: string;
  readonly agreementNumber: string;
}

const NO_PARTY: LedgerParty = { recipientName: '', recipientRegistrationNumber: '', agreementNumber: '' };

/** The ledger's columns for one grant, from what it recorded (a grant proposed before recipients were named has none). */
export function ledgerPartyOf(grant: { readonly recipient?: Recipient | null; readonly agreement?: Pick<Agreement, 'agreementNumber'> | null }): LedgerParty {
  return {
    recipientName: grant.recipient?.leadName ?? '',
    recipientRegistrationNumber: grant.recipient?.leadRegistrationNumber ?? '',
    agreementNumber: grant.agreement?.agreementNumber ?? '',
  };
}

export type LedgerKind = 'opening' | 'commitment' | 'disbursement' | 'recovery' | 'release' | 'transfer-out' | 'transfer-in';

/** One money movement on a line, with the line's figures right after it, and whom it was for. */
export interface LedgerRow extends LedgerParty {
  readonly occurredAt: string;
  readonly lineId: string;
  readonly kind: LedgerKind;
  readonly referenceKind: MoneyReference['kind'] | '';
  /** The grant or allocation id, or for a transfer the other line. */
  readonly referenceId: string;
  readonly movementId: string;
  readonly amount: Won;
  readonly reason: string;
  readonly amountAfter: Won;
  readonly availableAfter: Won;
  readonly committedAfter: Won;
  readonly disbursedAfter: Won;
  readonly recoveredAfter: Won;
}

type Movement = Pick<LedgerRow, 'kind' | 'referenceKind' | 'referenceId' | 'movementId' | 'reason'>;

function movementOf(event: BudgetLineEvent): Movement {
  switch (event.type) {
    case 'BudgetLineOpened':
      return { kind: 'opening', referenceKind: '', referenceId: '', movementId: '', reason: '' };
    case 'LineFundsCommitted':
      return { kind: 'commitment', referenceKind: event.data.reference.kind, referenceId: event.data.reference.id, movementId: '', reason: '' };
    case 'LineFundsDisbursed': {
      const { reference, disbursementId } = event.data;
      return { kind: 'disbursement', referenceKind: reference.kind, referenceId: reference.id, movementId: disbursementId, reason: '' };
    }
    case 'LineFundsRecovered': {
      const { reference, recoveryId, reason } = event.data;
      return { kind: 'recovery', referenceKind: reference.kind, referenceId: reference.id, movementId: recoveryId, reason };
    }
    case 'LineCommitmentReleased': {
      const { reference, reason } = event.data;
      return { kind: 'release', referenceKind: reference.kind, referenceId: reference.id, movementId: '', reason };
    }
    case 'LineTransferredOut': {
      const { toLineId, transferId, reason } = event.data;
      return { kind: 'transfer-out', referenceKind: '', referenceId: toLineId, movementId: transferId, reason };
    }
    case 'LineTransferredIn': {
      const { fromLineId, transferId, reason } = event.data;
      return { kind: 'transfer-in', referenceKind: '', referenceId: fromLineId, movementId: transferId, reason };
    }
    default:
      return assertNever(event);
  }
}

/**
 * The ledger of one line for the period [from, to): one row per money movement. Pass the line's
 * whole stream: the movements before `from` are replayed so that the balances are right.
 * `partyOf` names the recipient and agreement of the grant a movement is for.
 */
export function ledgerRows(
  lineEvents: readonly TimedEvent<BudgetLineEvent>[],
  from: string,
  to: string,
  partyOf: (reference: MoneyReference) => LedgerParty | undefined = () => undefined,
): LedgerRow[] {
  const [start, end] = [instantOf(from), instantOf(to)];
  const rows: LedgerRow[] = [];
  let state = budgetLineDecider.initialState();
  for (const { event, occurredAt } of lineEvents) {
    state = budgetLineDecider.evolve(state, event);
    const instant = instantOf(occurredAt);
    if (instant < start || instant >= end) continue;
    const after = lineBalance(state);
    const movement = movementOf(event);
    const party = movement.referenceKind === '' ? undefined : partyOf({ kind: movement.referenceKind, id: movement.referenceId });
    rows.push({
      occurredAt,
      lineId: event.data.lineId,
      ...movement,
      amount: event.data.amount,
      amountAfter: after.amount,
      availableAfter: after.available,
      committedAfter: after.committed,
      disbursedAfter: after.disbursed,
      recoveredAfter: after.recovered,
      ...(party ?? NO_PARTY),
    });
  }
  return rows;
}

export const LEDGER_COLUMNS: readonly (keyof LedgerRow)[] = [
  'occurredAt',
  'lineId',
  'kind',
  'referenceKind',
  'referenceId',
  'movementId',
  'amount',
  'reason',
  'amountAfter',
  'availableAfter',
  'committedAfter',
  'disbursedAfter',
  'recoveredAfter',
  'recipientName',
  'recipientRegistrationNumber',
  'agreementNumber',
];

type WonColumn = { [K in keyof LedgerRow]: LedgerRow[K] extends Won ? K : never }[keyof LedgerRow];
const WON_COLUMNS: readonly WonColumn[] = ['amount', 'amountAfter', 'availableAfter', 'committedAfter', 'disbursedAfter', 'recoveredAfter'];

/** One header and one cell mapping for every export, so that the CSV and the spreadsheet never drift apart. */
export function ledgerTable(rows: readonly LedgerRow[]): ExportTable {
  return {
    header: LEDGER_COLUMNS,
    rows: rows.map((row) => LEDGER_COLUMNS.map((column) => row[column])),
    wonColumns: LEDGER_COLUMNS.flatMap((column, index) => ((WON_COLUMNS as readonly string[]).includes(column) ? [index] : [])),
  };
}
