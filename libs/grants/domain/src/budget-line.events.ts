import { DomainEvent, Won } from '@yunghap/kernel';
import { MoneyReference } from './money';

export type BudgetLineOpened = DomainEvent<'BudgetLineOpened', { readonly year: number; readonly lineId: string; readonly amount: Won }>;
export type LineFundsCommitted = DomainEvent<'LineFundsCommitted', { readonly lineId: string; readonly reference: MoneyReference; readonly amount: Won }>;
export type LineFundsDisbursed = DomainEvent<
  'LineFundsDisbursed',
  { readonly lineId: string; readonly reference: MoneyReference; readonly disbursementId: string; readonly amount: Won }
>;
export type LineFundsRecovered = DomainEvent<
  'LineFundsRecovered',
  { readonly lineId: string; readonly reference: MoneyReference; readonly recoveryId: string; readonly amount: Won; readonly reason: string }
>;
export type LineCommitmentReleased = DomainEvent<
  'LineCommitmentReleased',
  { readonly lineId: string; readonly reference: MoneyReference; readonly amount: Won; readonly reason: string }
>;
export type LineTransferredOut = DomainEvent<
  'LineTransferredOut',
  { readonly lineId: string; readonly transferId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;
export type LineTransferredIn = DomainEvent<
  'LineTransferredIn',
  { readonly lineId: string; readonly transferId: string; readonly fromLineId: string; readonly amount: Won; readonly reason: string }
>;

export type BudgetLineEvent =
  BudgetLineOpened | LineFundsCommitted | LineFundsDisbursed | LineFundsRecovered | LineCommitmentReleased | LineTransferredOut | LineTransferredIn;
