import { Actor, assertNever, Decider, Decision, DomainEvent, DomainCommand, Province, Role, roleNotAllowed, Won } from '@yunghap/kernel';
import { GrantError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { ConsortiumMember, Recipient, recipientOf } from './recipient';

/** What the applications service said at submission. */
export interface SubmissionFact {
  readonly kind: 'submission';
  readonly callId: string;
  readonly centerId: string;
  readonly title: string;
  readonly requestedWon: Won;
  readonly submittedAt: string;
  /** The consortium's firms, the lead first; absent in facts noted before grants kept them. */
  readonly members?: readonly ConsortiumMember[];
  /** The lead firm's province, which chose the center; absent in facts noted before the applications service sent it. */
  readonly province?: Province;
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

/**
 * The application's one active grant, held on this stream so that proposals for one application
 * contend on it with an expected version: a proposal (and finance's approval, re-checking) reserves
 * it for its grant, a rejection or a cancellation releases it.
 */
export type ReserveAward = DomainCommand<'ReserveAward', { readonly applicationId: string; readonly grantId: string }>;
export type ReleaseAward = DomainCommand<'ReleaseAward', { readonly applicationId: string; readonly grantId: string }>;
export type AwardReserved = DomainEvent<'AwardReserved', { readonly applicationId: string; readonly grantId: string }>;
export type AwardReleased = DomainEvent<'AwardReleased', { readonly applicationId: string; readonly grantId: string }>;

export type CandidateCommand = NoteSelectionFact | ReserveAward | ReleaseAward;
export type CandidateEvent = SelectionFactNoted | AwardReserved | AwardReleased;

export interface CandidateState {
  readonly submission?: SubmissionFact;
  readonly screening?: ScreeningFact;
  readonly evaluation?: EvaluationFact;
  readonly activeGrantId?: string;
}

/**
 * Copies of other services' facts about one application, kept in this service's own stream so
 * that an award can be decided on them and the audit trace can show them with their causation.
 * Each fact is final where it comes from, so the first copy is kept and a later one (a redelivery,
 * the other service replaying) records nothing. Facts may arrive in any order: they come on two topics.
 * The same stream records which grant holds the application (see `ReserveAward`).
 */
function decide(command: CandidateCommand, state: CandidateState): Decision<CandidateEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return roleNotAllowed('CANDIDATE.ROLE_NOT_ALLOWED', command.metadata.actor, allowed);
  switch (command.type) {
    case 'NoteSelectionFact':
      return state[command.data.fact.kind] ? [] : [{ type: 'SelectionFactNoted', data: command.data }];
    case 'ReserveAward':
      return reserve(command, state);
    case 'ReleaseAward':
      // A grant proposed before reservations were recorded holds nothing to release.
      return state.activeGrantId === command.data.grantId ? [{ type: 'AwardReleased', data: command.data }] : [];
    default:
      return assertNever(command);
  }
}

/** Reserving again for the grant that holds the application records nothing: an approval re-checks this way. */
function reserve({ data }: ReserveAward, state: CandidateState): Decision<CandidateEvent> {
  if (state.activeGrantId === data.grantId) return [];
  if (state.activeGrantId !== undefined) return GrantError.becauseApplicationHasActiveGrant(data.applicationId, state.activeGrantId);
  return [{ type: 'AwardReserved', data }];
}

function evolve(state: CandidateState, event: CandidateEvent): CandidateState {
  switch (event.type) {
    case 'SelectionFactNoted':
      return withFact(state, event.data.fact);
    case 'AwardReserved':
      return { ...state, activeGrantId: event.data.grantId };
    case 'AwardReleased':
      return { ...state, activeGrantId: undefined };
    default:
      return assertNever(event);
  }
}

function withFact(state: CandidateState, fact: SelectionFact): CandidateState {
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

export const candidateDecider: Decider<CandidateCommand, CandidateEvent, CandidateState> = { decide, evolve, initialState: () => ({}) };

/** Who an award to the application goes to, from its submission; undefined when that named no firms (noted before grants kept them). */
export function awardRecipientOf(state: CandidateState): Recipient | undefined {
  const members = state.submission?.members;
  return members && recipientOf(members);
}

/** The amount the consortium asked for: the screened figure, else the submitted one. */
export function requestedWonOf(state: CandidateState): Won | undefined {
  return state.screening?.requestedWon ?? state.submission?.requestedWon;
}
