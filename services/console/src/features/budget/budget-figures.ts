import type { BudgetAsOf, BudgetLine, ProgramBudget } from '../../api/types';

export interface LineFigures {
  readonly lineId: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly amount: number;
  readonly available: number;
  readonly committed: number;
  readonly disbursed: number;
  readonly recovered: number;
}

/** What the dashboard draws: the program's money and each line's five figures, now or at a past instant. */
export interface BudgetFigures {
  readonly year: number;
  readonly total: number;
  readonly allocated: number;
  readonly unallocated: number;
  readonly lines: readonly LineFigures[];
}

const figuresOf = ({ lineId, nameKo, nameEn, amount, available, committed, disbursed, recovered }: BudgetLine): LineFigures => ({
  lineId,
  nameKo,
  nameEn,
  amount,
  available,
  committed,
  disbursed,
  recovered,
});

export function figuresNow(program: ProgramBudget): BudgetFigures {
  const { year, total, allocated, unallocated } = program;
  return { year, total, allocated, unallocated, lines: program.lines.map(figuresOf) };
}

/**
 * The figures at a past instant; the as-of answer names lines by id only, so their names come from
 * today's program (a line opened later is simply absent then). Null when the program was not open yet.
 */
export function figuresAsOf(asOf: BudgetAsOf, today: ProgramBudget): BudgetFigures | null {
  if (!asOf.program) return null;
  const nameOf = (lineId: string) => today.lines.find((line) => line.lineId === lineId) ?? { nameKo: lineId, nameEn: lineId };
  const lines = Object.entries(asOf.lines).map(([lineId, balance]) => ({ lineId, nameKo: nameOf(lineId).nameKo, nameEn: nameOf(lineId).nameEn, ...balance }));
  return { ...asOf.program, lines };
}

/** Money paid out and not clawed back: what 집행 counts. */
export const netDisbursed = (figures: Pick<LineFigures, 'disbursed' | 'recovered'>): number => figures.disbursed - figures.recovered;

/** Sums of the lines' figures, for the table's total row. */
export function lineTotals(lines: readonly LineFigures[]): Omit<LineFigures, 'lineId' | 'nameKo' | 'nameEn'> {
  const sum = (pick: (line: LineFigures) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    amount: sum((line) => line.amount),
    available: sum((line) => line.available),
    committed: sum((line) => line.committed),
    disbursed: sum((line) => line.disbursed),
    recovered: sum((line) => line.recovered),
  };
}
