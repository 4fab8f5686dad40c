import { assertNever, Decider, Decision, DomainError, instantOf, isBusinessRegistrationNumber, isDomainError, Role } from '@yunghap/kernel';
import { isMemberOf, servesApplication } from './committee';
import { scoreOutcome } from './evaluation-result';
import { AbandonEvaluation, CloseEvaluation, EvaluationCommand, OpenEvaluation, RecuseMember, SealScoresheet, SubmitScoresheet } from './evaluation.commands';
import { EvaluationError } from './evaluation.errors';
import { EvaluationEvent, MemberRecused } from './evaluation.events';
import { EVALUATION_ROLES } from './evaluation.roles';
import { EvaluationState, OpenEvaluationState } from './evaluation.state';
import { eligibleCount, isRecorded, isRecused, recusalsFor } from './recusal';
import { inRubricOrder, recordedReasons, Scoresheet, scoresViolation } from './scoresheet';

function decide(command: EvaluationCommand, state: EvaluationState): Decision<EvaluationEvent> {
  switch (command.type) {
    case 'OpenEvaluation':
      return open(command, state);
    case 'SubmitScoresheet':
      return submit(command, state);
    case 'SealScoresheet':
      return seal(command, state);
    case 'CloseEvaluation':
      return close(command, state);
    case 'RecuseMember':
      return recuse(command, state);
    case 'AbandonEvaluation':
      return abandon(command, state);
    default:
      return assertNever(command);
  }
}

function refusedRole({ type, metadata: { actor } }: EvaluationCommand): DomainError | undefined {
  const allowed: readonly Role[] = EVALUATION_ROLES[type];
  return allowed.includes(actor.role) ? undefined : EvaluationError.becauseRoleNotAllowed(actor, allowed);
}

function open(command: OpenEvaluation, state: EvaluationState): Decision<EvaluationEvent> {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  const { data } = command;
  if (state.status !== 'not-opened') return EvaluationError.becauseAlreadyOpened(data.applicationId);
  const { applicationId, callId, centerId, applicationSubmittedAt, firms, committee, rubric } = data;
  if (!servesApplication(committee, callId, centerId)) return EvaluationError.becauseCommitteeNotServing(committee.committeeId, callId, centerId);
  // The firms come from another context; a firm spelled differently would silently escape recusal.
  const malformedFirm = firms.find((firm) => !isBusinessRegistrationNumber(firm));
  if (malformedFirm !== undefined) return EvaluationError.becauseRegistrationNumberInvalid(malformedFirm);
  // Ranking compares submission instants, so the order must be the same on every engine.
  if (instantOf(applicationSubmittedAt) === undefined) return EvaluationError.becauseSubmissionTimeInvalid(applicationSubmittedAt);
  const recusals = recusalsFor(committee, firms);
  // The member list is fixed from here on: refuse now rather than open an evaluation that can never close.
  const eligible = eligibleCount(committee.members, recusals);
  if (eligible < rubric.quorum) return EvaluationError.becauseQuorumUnreachable(eligible, rubric.quorum);
  return [
    {
      type: 'EvaluationOpened',
      data: { applicationId, callId, centerId, committeeId: committee.committeeId, applicationSubmittedAt, firms, members: committee.members, rubric },
    },
    ...recusals.map((recusal): MemberRecused => ({ type: 'MemberRecused', data: { applicationId, ...recusal } })),
  ];
}

/** The evaluation while it may still change, or why it may not: every command after the opening checks this. */
function stillOpen(applicationId: string, state: EvaluationState): OpenEvaluationState | DomainError {
  switch (state.status) {
    case 'open':
      return state;
    case 'not-opened':
      return EvaluationError.becauseNotFound(applicationId);
    case 'completed':
      return EvaluationError.becauseAlreadyClosed(applicationId);
    case 'abandoned':
      return EvaluationError.becauseAbandoned(applicationId);
    default:
      return assertNever(state);
  }
}

/** What every scorer command checks first: an open evaluation, and an actor who is a member not recused. */
function scorableBy({ type, data, metadata: { actor } }: SubmitScoresheet | SealScoresheet, state: EvaluationState): OpenEvaluationState | DomainError {
  const evaluation = stillOpen(data.applicationId, state);
  if (isDomainError(evaluation)) return evaluation;
  const scorers: readonly Role[] = EVALUATION_ROLES[type];
  if (!scorers.includes(actor.role) || !isMemberOf(evaluation.members, actor.userId)) return EvaluationError.becauseNotAMember(actor.userId);
  if (isRecused(evaluation.recusals, actor.userId)) return EvaluationError.becauseMemberRecused(actor.userId);
  return evaluation;
}

function sheetOf(state: OpenEvaluationState, memberId: string): Scoresheet | undefined {
  return state.sheets.find((sheet) => sheet.memberId === memberId);
}

function submit(command: SubmitScoresheet, state: EvaluationState): Decision<EvaluationEvent> {
  const { data, metadata } = command;
  const evaluation = scorableBy(command, state);
  if (isDomainError(evaluation)) return evaluation;
  const memberId = metadata.actor.userId;
  const sheet = sheetOf(evaluation, memberId);
  if (sheet?.sealed) return EvaluationError.becauseSheetSealed(memberId);
  const violation = scoresViolation(evaluation.rubric, data.scores);
  if (violation) return violation;
  const reasons = recordedReasons(evaluation.rubric, data.scores, data.reasons);
  if (isDomainError(reasons)) return reasons;
  const scores = inRubricOrder(evaluation.rubric, data.scores);
  return [{ type: 'ScoresheetSubmitted', data: { applicationId: data.applicationId, memberId, scores, reasons, revision: (sheet?.revision ?? 0) + 1 } }];
}

function seal(command: SealScoresheet, state: EvaluationState): Decision<EvaluationEvent> {
  const { data, metadata } = command;
  const evaluation = scorableBy(command, state);
  if (isDomainError(evaluation)) return evaluation;
  const memberId = metadata.actor.userId;
  const sheet = sheetOf(evaluation, memberId);
  if (!sheet) return EvaluationError.becauseSheetNotSubmitted(memberId);
  if (sheet.sealed) return EvaluationError.becauseSheetSealed(memberId);
  return [{ type: 'ScoresheetSealed', data: { applicationId: data.applicationId, memberId } }];
}

/**
 * Only sealed sheets of members not recused count, towards the quorum and the result; a draft
 * left unsealed is ignored. When recusals after the opening left fewer members than the quorum,
 * waiting cannot help (the members are fixed at the opening), and the refusal says so.
 */
function close(command: CloseEvaluation, state: EvaluationState): Decision<EvaluationEvent> {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  const { data } = command;
  const evaluation = stillOpen(data.applicationId, state);
  if (isDomainError(evaluation)) return evaluation;
  const { quorum } = evaluation.rubric;
  const eligible = eligibleCount(evaluation.members, evaluation.recusals);
  if (eligible < quorum) return EvaluationError.becauseQuorumUnreachable(eligible, quorum);
  const sealed = evaluation.sheets.filter((sheet) => sheet.sealed);
  if (sealed.length < quorum) return EvaluationError.becauseQuorumNotReached(sealed.length, quorum);
  const { applicationId, callId, centerId, applicationSubmittedAt, rubric } = evaluation;
  const outcome = scoreOutcome(
    rubric,
    sealed.map((sheet) => sheet.scores),
  );
  return [{ type: 'EvaluationCompleted', data: { applicationId, callId, centerId, applicationSubmittedAt, ...outcome } }];
}

/**
 * A tie declared after the opening recuses like one declared before, and is recorded the same way.
 * The member's sheet, draft or sealed, stops counting. The recusal is recorded even when it leaves
 * the evaluation short of its quorum: the rule does not bend, and closing then says why it cannot.
 * The grounds come from the committee's stream, so the platform may send one again (a retry, a
 * restart): a ground already recorded records nothing, and, as at the opening, a member who was
 * not on the committee when it opened cannot score it and is not recused.
 */
function recuse(command: RecuseMember, state: EvaluationState): Decision<EvaluationEvent> {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  const { data } = command;
  const evaluation = stillOpen(data.applicationId, state);
  if (isDomainError(evaluation)) return evaluation;
  if (!evaluation.firms.includes(data.firm)) return EvaluationError.becauseFirmNotInApplication(data.applicationId, data.firm);
  if (!isMemberOf(evaluation.members, data.memberId) || isRecorded(evaluation.recusals, data)) return [];
  return [{ type: 'MemberRecused', data }];
}

/**
 * Ends an open evaluation without a result: its application was withdrawn, or a program manager
 * stops one that can no longer close (recusals left it short of its quorum). Its sheets stay in
 * the stream; nothing scores, recuses or closes it afterwards.
 */
function abandon(command: AbandonEvaluation, state: EvaluationState): Decision<EvaluationEvent> {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  const { data } = command;
  const evaluation = stillOpen(data.applicationId, state);
  if (isDomainError(evaluation)) return evaluation;
  return [{ type: 'EvaluationAbandoned', data }];
}

function evolve(state: EvaluationState, event: EvaluationEvent): EvaluationState {
  if (event.type === 'EvaluationOpened') return { status: 'open', ...event.data, recusals: [], sheets: [] };
  // Every later event follows an opening and precedes the completion or abandonment in its stream.
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'MemberRecused': {
      const { memberId, firm, relationship } = event.data;
      const sheets = state.sheets.filter((sheet) => sheet.memberId !== memberId);
      return { ...state, recusals: [...state.recusals, { memberId, firm, relationship }], sheets };
    }
    case 'ScoresheetSubmitted': {
      const { memberId, scores, reasons = {}, revision } = event.data;
      return { ...state, sheets: withSheet(state.sheets, { memberId, scores, reasons, revision, sealed: false }) };
    }
    case 'ScoresheetSealed':
      return { ...state, sheets: state.sheets.map((sheet) => (sheet.memberId === event.data.memberId ? { ...sheet, sealed: true } : sheet)) };
    case 'EvaluationCompleted':
      return { ...state, status: 'completed', result: event.data };
    case 'EvaluationAbandoned':
      return { ...state, status: 'abandoned', reason: event.data.reason };
    default:
      return assertNever(event);
  }
}

/** Replaces the member's sheet in place, or appends their first one. */
function withSheet(sheets: readonly Scoresheet[], sheet: Scoresheet): readonly Scoresheet[] {
  const known = sheets.some((existing) => existing.memberId === sheet.memberId);
  return known ? sheets.map((existing) => (existing.memberId === sheet.memberId ? sheet : existing)) : [...sheets, sheet];
}

/** The evaluation of one application by its committee (stream per application id). */
export const evaluationDecider: Decider<EvaluationCommand, EvaluationEvent, EvaluationState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-opened' }),
};
