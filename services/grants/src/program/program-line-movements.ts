import { ProgramEvent, programLineInstructions } from '@yunghap/grants-domain';
import { LineMovements } from '../money/money-flow';

/** What a decision on the program of `year` moves on its lines: a line opened, a transfer's two halves. */
export const programLineMovements =
  (year: number): LineMovements<ProgramEvent> =>
  (event, metadata) =>
    programLineInstructions(event, year, metadata);
