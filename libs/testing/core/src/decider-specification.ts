import { Decider, isDomainError } from '@yunghap/kernel';

/**
 * Given-events / when-command / then-events for a pure decider.
 * Example:
 *   const spec = deciderSpecification(budgetLine);
 *   spec.given([opened]).when(commit(100)).then([committed(100)]);
 *   spec.given([]).when(commit(100)).thenFails('BUDGET_LINE.NOT_OPEN');
 */
export function deciderSpecification<C, E, S>(decider: Decider<C, E, S>) {
  return {
    given(events: readonly E[]) {
      const state = events.reduce(decider.evolve, decider.initialState());
      return {
        when(command: C) {
          const decision = decider.decide(command, state);
          return {
            then(expected: readonly E[]): void {
              if (isDomainError(decision)) throw new Error(`Expected events, but the command was refused: ${decision.code} — ${decision.message}`);
              expect(decision).toEqual(expected);
            },
            thenFails(code: string, details?: Record<string, unknown>): void {
              if (!isDomainError(decision)) throw new Error(`Expected ${code}, but the command produced ${JSON.stringify(decision)}`);
              expect(decision.code).toBe(code);
              if (details) expect(decision.details).toMatchObject(details);
            },
            thenState(expected: Partial<S>): void {
              if (isDomainError(decision)) throw new Error(`Expected a new state, but the command was refused: ${decision.code}`);
              expect(decision.reduce(decider.evolve, state)).toMatchObject(expected);
            },
          };
        },
      };
    },
  };
}
