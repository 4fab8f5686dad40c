import { DomainCommand, Won } from '@yunghap/kernel';
import { MoneyReference } from './money';

export type OpenBudgetLine = DomainCommand<'OpenBudgetLine', { readonly year: number; readonly lineId: string; readonly amount: Won }>;
/** Reserves money for an approved award or allocation. */
export type CommitToLine = DomainCommand<'CommitToLine', { readonly lineId: string; readonly reference: MoneyReference; readonly amount: Won }>;
/** Pays out part of a commitment; `disbursementId` (a tranche id) makes a redelivered command a no-op. */
export type DisburseFromLine = DomainCommand<
  'DisburseFromLine',
  { readonly lineId: string; readonly reference: MoneyReference; readonly disbursementId: string; readonly amount: Won }
>;
/** Clawback: money paid out comes back to the line and is available again. */
export type RecoverToLine = DomainCommand<
  'RecoverToLine',
  { readonly lineId: string; readonly reference: MoneyReference; readonly recoveryId: string; readonly amount: Won; readonly reason: string }
>;
/** Gives back to `available` whatever is still committed and not disbursed for the reference. */
export type ReleaseFromLine = DomainCommand<'ReleaseFromLine', { readonly lineId: string; readonly reference: MoneyReference; readonly reason: string }>;
export type TransferOutOfLine = DomainCommand<
  'TransferOutOfLine',
  { readonly lineId: string; readonly transferId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;
export type TransferIntoLine = DomainCommand<
  'TransferIntoLine',
  { readonly lineId: string; readonly transferId: string; readonly fromLineId: string; readonly amount: Won; readonly reason: string }
>;

export type BudgetLineCommand = OpenBudgetLine | CommitToLine | DisburseFromLine | RecoverToLine | ReleaseFromLine | TransferOutOfLine | TransferIntoLine;
