import { DomainEvent, Won } from '@yunghap/kernel';

export type ProgramOpened = DomainEvent<'ProgramOpened', { readonly year: number; readonly total: Won }>;
export type BudgetLineDefined = DomainEvent<
  'BudgetLineDefined',
  { readonly lineId: string; readonly nameKo: string; readonly nameEn: string; readonly amount: Won }
>;
export type FundsTransferredBetweenLines = DomainEvent<
  'FundsTransferredBetweenLines',
  { readonly transferId: string; readonly fromLineId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;

export type ProgramEvent = ProgramOpened | BudgetLineDefined | FundsTransferredBetweenLines;
