import { DomainCommand, Won } from '@yunghap/kernel';

/** `maxGrantPerProject`: the year's cap per project, DOMAIN.md's ₩500,000,000 when not given. */
export type OpenProgram = DomainCommand<'OpenProgram', { readonly year: number; readonly total: Won; readonly maxGrantPerProject?: Won }>;
/** Changes the year's cap per project; awards already proposed keep their amounts. */
export type SetProjectCap = DomainCommand<'SetProjectCap', { readonly year: number; readonly maxGrantPerProject: Won; readonly reason: string }>;
export type DefineBudgetLine = DomainCommand<
  'DefineBudgetLine',
  { readonly lineId: string; readonly nameKo: string; readonly nameEn: string; readonly amount: Won }
>;
/** The program's side of a transfer; the money moves on the two line streams (see README). */
export type TransferBetweenLines = DomainCommand<
  'TransferBetweenLines',
  { readonly transferId: string; readonly fromLineId: string; readonly toLineId: string; readonly amount: Won; readonly reason: string }
>;

export type ProgramCommand = OpenProgram | SetProjectCap | DefineBudgetLine | TransferBetweenLines;
