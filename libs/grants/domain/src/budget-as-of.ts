import { won, Won } from '@yunghap/kernel';
import { LineBalance, lineBalance } from './budget-line.balance';
import { budgetLineDecider, BudgetLineState } from './budget-line.decider';
import { BudgetLineEvent } from './budget-line.events';
import { allocatedToLines, programDecider } from './program.decider';
import { ProgramEvent } from './program.events';
import { instantOf, TimedEvent } from './timed-event';

export interface ProgramBudget {
  readonly year: number;
  readonly total: Won;
  readonly allocated: Won;
  readonly unallocated: Won;
}

export interface BudgetAsOf {
  readonly at: string;
  /** Undefined when the program had not been opened yet. */
  readonly program: ProgramBudget | undefined;
  readonly lines: Readonly<Record<string, LineBalance>>;
}

/** A program stream's events and the events of all its line streams, each stream in its own order. */
export interface BudgetHistory {
  readonly program: readonly TimedEvent<ProgramEvent>[];
  readonly lines: readonly TimedEvent<BudgetLineEvent>[];
}

/**
 * The budget of a program and of each of its lines as it stood at `at` (inclusive), rebuilt by
 * replaying the events recorded until then.
 */
export function budgetAsOf(history: BudgetHistory, at: string): BudgetAsOf {
  const until = instantOf(at);
  const happened = <E>({ occurredAt }: TimedEvent<E>) => instantOf(occurredAt) <= until;

  const programState = history.program.filter(happened).reduce((state, { event }) => programDecider.evolve(state, event), programDecider.initialState());
  const lineStates = new Map<string, BudgetLineState>();
  for (const { event } of history.lines.filter(happened)) {
    const state = lineStates.get(event.data.lineId) ?? budgetLineDecider.initialState();
    lineStates.set(event.data.lineId, budgetLineDecider.evolve(state, event));
  }

  const program =
    programState.status === 'open'
      ? {
          year: programState.year,
          total: programState.total,
          allocated: allocatedToLines(programState),
          unallocated: won(programState.total - allocatedToLines(programState)),
        }
      : undefined;
  const lines = Object.fromEntries([...lineStates].map(([lineId, state]) => [lineId, lineBalance(state)]));
  return { at, program, lines };
}
