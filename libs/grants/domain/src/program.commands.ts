import { DomainCommand, Won } from '@yunghap/kernel';

export type OpenProgram = DomainCommand<'OpenProgram', { readonly year: number; readonly total: Won }>;
export type DefineBudgetLine = DomainCommand<
  'DefineBudgetLine',
  { readonly lineId: string; readonly nameKo: string; readonly nameEn: string; readonly amount: Won }
>;
/** The program's side of a transfer; the money moves on the two line streams (see README). */
export type TransferBetweenLines = DomainCommand<
  'TransferBetweenLines',
  { readonly transferId: string; readonly fromLineId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;

export type ProgramCommand = OpenProgram | DefineBudgetLine | TransferBetweenLines;
