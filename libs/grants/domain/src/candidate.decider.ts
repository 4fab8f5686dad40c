import { Actor, assertNever, Decider, Decision, DomainError, DomainEvent, DomainCommand, Role, Won } from '@yunghap/kernel';
import { GRANTS_ROLES } from './grants.roles';

/** What the applications service said at submission. */
export interface SubmissionFact {
  readonly kind: 'submission';
  readonly callId: string;
  readonly centerId: string;
  readonly title: string;
  readonly requestedWon: Won;
  readonly submittedAt: string;
}

/** The center's screening result. */
export interface ScreeningFact {
  readonly kind: 'screening';
  readonly callId: string;
  readonly centerId: string;
  readonly eligible: boolean;
  readonly failedRules: readonly string[];
  readonly requestedWon: Won;
  readonly screenedAt: string;
}

/** The committee's result, in hundredths of a point. */
export interface EvaluationFact {
  readonly kind: 'evaluation';
  readonly callId: string;
  readonly centerId: string;
  readonly passed: boolean;
  readonly totalHundredths: number;
  readonly criteria: readonly { readonly criterionId: string; readonly meanHundredths: number; readonly metMinimum: boolean }[];
  readonly sealedSheets: number;
  readonly failedReasons: readonly string[];
  readonly completedAt: string;
}

export type SelectionFact = SubmissionFact | ScreeningFact | EvaluationFact;

/** `decidedBy`: who took the decision in the other service (the message's actor), kept for the audit trace. */
export type NoteSelectionFact = DomainCommand<
  'NoteSelectionFact',
  { readonly applicationId: string; readonly fact: SelectionFact; readonly decidedBy?: Actor }
>;
export type SelectionFactNoted = DomainEvent<
  'SelectionFactNoted',
  { readonly applicationId: string; readonly fact: SelectionFact; readonly decidedBy?: Actor }
>;

export interface CandidateState {
  readonly submission?: SubmissionFact;
  readonly screening?: ScreeningFact;
  readonly evaluation?: EvaluationFact;
}

/**
 * Copies of other services' facts about one application, kept in this service's own stream so
 * that an award can be decided on them and the audit trace can show them with their causation.
 * Each fact is final where it comes from, so the first copy is kept and a later one (a redelivery,
 * the other service replaying) records nothing. Facts may arrive in any order: they come on two topics.
 */
function decide({ type, data, metadata }: NoteSelectionFact, state: CandidateState): Decision<SelectionFactNoted> {
  const allowed: readonly Role[] = GRANTS_ROLES[type];
  if (!allowed.includes(metadata.actor.role)) {
    return new DomainError('CANDIDATE.ROLE_NOT_ALLOWED', 'forbidden', 'Selection facts come from other services only');
  }
  return state[data.fact.kind] ? [] : [{ type: 'SelectionFactNoted', data }];
}

function evolve(state: CandidateState, { data: { fact } }: SelectionFactNoted): CandidateState {
  switch (fact.kind) {
    case 'submission':
      return { ...state, submission: fact };
    case 'screening':
      return { ...state, screening: fact };
    case 'evaluation':
      return { ...state, evaluation: fact };
    default:
      return assertNever(fact);
  }
}

export const candidateDecider: Decider<NoteSelectionFact, SelectionFactNoted, CandidateState> = { decide, evolve, initialState: () => ({}) };

/** The amount the consortium asked for: the screened figure, else the submitted one. */
export function requestedWonOf(state: CandidateState): Won | undefined {
  return state.screening?.requestedWon ?? state.submission?.requestedWon;
}
