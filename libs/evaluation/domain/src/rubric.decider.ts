import { assertNever, Decider, Decision, DomainCommand, DomainEvent, Role } from '@yunghap/kernel';
import { EVALUATION_ROLES } from './evaluation.roles';
import { Rubric, rubricViolation } from './rubric';
import { RubricError } from './rubric.errors';

export type DefineRubric = DomainCommand<'DefineRubric', { readonly callId: string; readonly rubric: Rubric }>;
export type RubricCommand = DefineRubric;

export type RubricDefined = DomainEvent<'RubricDefined', { readonly callId: string; readonly rubric: Rubric }>;
export type RubricEvent = RubricDefined;

export type RubricState = { readonly status: 'not-defined' } | { readonly status: 'defined'; readonly callId: string; readonly rubric: Rubric };

/**
 * One rubric per call (stream per call id), defined once: every proposal of a call is scored
 * against the same criteria and ranked together, so changing it midway would be unfair.
 */
function decide(command: RubricCommand, state: RubricState): Decision<RubricEvent> {
  switch (command.type) {
    case 'DefineRubric': {
      const { actor } = command.metadata;
      const definers: readonly Role[] = EVALUATION_ROLES[command.type];
      if (!definers.includes(actor.role)) return RubricError.becauseRoleNotAllowed(actor, definers);
      if (state.status === 'defined') return RubricError.becauseAlreadyDefined(state.callId);
      return rubricViolation(command.data.rubric) ?? [{ type: 'RubricDefined', data: command.data }];
    }
    default:
      return assertNever(command.type);
  }
}

function evolve(_state: RubricState, event: RubricEvent): RubricState {
  switch (event.type) {
    case 'RubricDefined':
      return { status: 'defined', ...event.data };
    default:
      return assertNever(event.type);
  }
}

export const rubricDecider: Decider<RubricCommand, RubricEvent, RubricState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-defined' }),
};
