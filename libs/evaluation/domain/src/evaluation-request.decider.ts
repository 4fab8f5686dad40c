import { assertNever, Decider, Decision, DomainCommand, DomainEvent, Role } from '@yunghap/kernel';
import { EvaluationRequestError } from './evaluation-request.errors';
import { EVALUATION_ROLES } from './evaluation.roles';

/** What the screening tells evaluation about an eligible application: enough to open its evaluation later. */
export interface EvaluationRequest {
  readonly applicationId: string;
  readonly callId: string;
  readonly centerId: string;
  /** Business registration numbers of every firm of the consortium: the grounds for recusal. */
  readonly firms: readonly string[];
  readonly applicationSubmittedAt: string;
  /** The task's title as submitted; absent from requests recorded before screenings carried it. */
  readonly title?: string;
}

export type RequestEvaluation = DomainCommand<'RequestEvaluation', EvaluationRequest>;
export type WithdrawFromEvaluation = DomainCommand<'WithdrawFromEvaluation', { readonly applicationId: string; readonly callId: string }>;
export type EvaluationRequestCommand = RequestEvaluation | WithdrawFromEvaluation;

export type EvaluationRequested = DomainEvent<'EvaluationRequested', EvaluationRequest>;
export type EvaluationWithdrawn = DomainEvent<'EvaluationWithdrawn', { readonly applicationId: string; readonly callId: string }>;
export type EvaluationRequestEvent = EvaluationRequested | EvaluationWithdrawn;

export type EvaluationRequestState =
  { readonly status: 'none' } | { readonly status: 'requested'; readonly request: EvaluationRequest } | { readonly status: 'withdrawn' };

/**
 * The evaluation domain starts at `OpenEvaluation`, which needs a committee; this aggregate
 * (stream per application) keeps an eligible application's request until one serves it, and
 * records a withdrawal, which the domain has no event for. Only the platform acts on it, in
 * reaction to the applications service. Both commands are idempotent: a screening heard twice
 * requests once, and nothing is requested after a withdrawal.
 */
function decide(command: EvaluationRequestCommand, state: EvaluationRequestState): Decision<EvaluationRequestEvent> {
  const allowed: readonly Role[] = EVALUATION_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return EvaluationRequestError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  switch (command.type) {
    case 'RequestEvaluation':
      return state.status === 'none' ? [{ type: 'EvaluationRequested', data: command.data }] : [];
    case 'WithdrawFromEvaluation':
      return state.status === 'withdrawn' ? [] : [{ type: 'EvaluationWithdrawn', data: command.data }];
    default:
      return assertNever(command);
  }
}

function evolve(_state: EvaluationRequestState, event: EvaluationRequestEvent): EvaluationRequestState {
  switch (event.type) {
    case 'EvaluationRequested':
      return { status: 'requested', request: event.data };
    case 'EvaluationWithdrawn':
      return { status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}

export const evaluationRequestDecider: Decider<EvaluationRequestCommand, EvaluationRequestEvent, EvaluationRequestState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
