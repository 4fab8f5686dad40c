import { assertNever, Decider, Decision, DomainCommand, DomainEvent, Role } from '@yunghap/kernel';
import { EVALUATION_ROLES } from './evaluation.roles';
import { Rubric, rubricViolation } from './rubric';
import { RubricError } from './rubric.errors';

export type DefineRubric = DomainCommand<'DefineRubric', { readonly callId: string; readonly rubric: Rubric }>;
/**
 * An evaluation of the call opens: the rubric it opened with is the call's from now on.
 * `openedWith` says which rubric the opening read, so an opening that read the default while a
 * definition was being recorded is refused rather than locking a rubric it did not copy.
 */
export type LockRubric = DomainCommand<'LockRubric', { readonly callId: string; readonly openedWith: 'defined' | 'default' }>;
export type RubricCommand = DefineRubric | LockRubric;

export type RubricDefined = DomainEvent<'RubricDefined', { readonly callId: string; readonly rubric: Rubric }>;
/** The call's first evaluation opened; the rubric no longer changes. */
export type RubricLocked = DomainEvent<'RubricLocked', { readonly callId: string }>;
export type RubricEvent = RubricDefined | RubricLocked;

export type RubricState = ({ readonly status: 'not-defined' } | { readonly status: 'defined'; readonly callId: string; readonly rubric: Rubric }) & {
  readonly locked: boolean;
};

/**
 * One rubric per call (stream per call id), defined once and never after the call's first
 * evaluation opened: every proposal of a call is scored against the same criteria and ranked
 * together, so changing it midway would be unfair. A definition and the first opening both append
 * here with the stream's expected version, so when they race one of them is refused.
 */
function decide(command: RubricCommand, state: RubricState): Decision<RubricEvent> {
  const { actor } = command.metadata;
  const allowed: readonly Role[] = EVALUATION_ROLES[command.type];
  if (!allowed.includes(actor.role)) return RubricError.becauseRoleNotAllowed(actor, allowed);
  switch (command.type) {
    case 'DefineRubric':
      if (state.locked) return RubricError.becauseCallInEvaluation(command.data.callId);
      if (state.status === 'defined') return RubricError.becauseAlreadyDefined(state.callId);
      return rubricViolation(command.data.rubric) ?? [{ type: 'RubricDefined', data: command.data }];
    case 'LockRubric':
      if (command.data.openedWith === 'default' && state.status === 'defined') return RubricError.becauseDefinedWhileOpening(command.data.callId);
      return state.locked ? [] : [{ type: 'RubricLocked', data: { callId: command.data.callId } }];
    default:
      return assertNever(command);
  }
}

function evolve(state: RubricState, event: RubricEvent): RubricState {
  switch (event.type) {
    case 'RubricDefined':
      return { status: 'defined', ...event.data, locked: state.locked };
    case 'RubricLocked':
      return { ...state, locked: true };
    default:
      return assertNever(event);
  }
}

export const rubricDecider: Decider<RubricCommand, RubricEvent, RubricState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-defined', locked: false }),
};
