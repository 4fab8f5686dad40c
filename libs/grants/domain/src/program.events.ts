import { DomainEvent, Won } from '@yunghap/kernel';

/** `maxGrantPerProject` is absent in programs opened before the cap was recorded on them: ₩500,000,000 then. */
export type ProgramOpened = DomainEvent<'ProgramOpened', { readonly year: number; readonly total: Won; readonly maxGrantPerProject?: Won }>;
export type ProjectCapSet = DomainEvent<
  'ProjectCapSet',
  { readonly year: number; readonly maxGrantPerProject: Won; readonly previous: Won; readonly reason: string }
>;
export type BudgetLineDefined = DomainEvent<
  'BudgetLineDefined',
  { readonly lineId: string; readonly nameKo: string; readonly nameEn: string; readonly amount: Won }
>;
export type FundsTransferredBetweenLines = DomainEvent<
  'FundsTransferredBetweenLines',
  { readonly transferId: string; readonly fromLineId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;

export type ProgramEvent = ProgramOpened | ProjectCapSet | BudgetLineDefined | FundsTransferredBetweenLines;
