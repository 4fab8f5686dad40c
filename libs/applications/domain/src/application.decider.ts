import { Actor, assertNever, Decider, Decision, DomainError, isBlank, isDomainError, Role } from '@yunghap/kernel';
import { validateApplicationContent } from './application-content';
import {
  ApplicationCommand,
  AttachBusinessPlan,
  DraftApplication,
  RecordEvaluationResult,
  RecordExternalOutcome,
  RecordRecusal,
  ReturnApplication,
  ReviseApplication,
  RouteApplication,
  ScreenApplication,
  StartEvaluation,
  SubmitApplication,
  WithdrawApplication,
} from './application.commands';
import { ApplicationEvent } from './application.events';
import { CriterionFeedback, EXTERNAL_OUTCOMES } from './application.outcomes';
import { ApplicationFile, ApplicationState, ApplicationStatus, evolveApplication, initialApplicationState } from './application.state';
import { ApplicationError } from './applications.errors';
import { businessPlanFault } from './business-plan';
import { APPLICATIONS_ROLES } from './applications.roles';
import { screen } from './screen';
import { isPositiveWholeNumber } from './value-checks';

// "Before a decision": screening found it ineligible, or the committee has evaluated it.
const WITHDRAWABLE: readonly ApplicationStatus[] = ['drafted', 'submitted', 'routed', 'returned-for-revision', 'screened-eligible', 'in-evaluation'];
const EDITABLE: readonly ApplicationStatus[] = ['drafted', 'returned-for-revision'];
const NOT_YET_ROUTED: readonly ApplicationStatus[] = ['drafted', 'submitted'];
const OUTCOME_RECORDABLE: readonly ApplicationStatus[] = ['evaluated-passed', ...EXTERNAL_OUTCOMES];

function requireRole(actor: Actor, allowed: readonly Role[]): DomainError | undefined {
  return allowed.includes(actor.role) ? undefined : ApplicationError.becauseRoleNotAllowed(actor, allowed);
}

// A center's staff act on their own center's applications only; program managers on all.
function requireCenter(actor: Actor, allowed: readonly Role[], actorCenterId: string | undefined, file: ApplicationFile): DomainError | undefined {
  const roleRefusal = requireRole(actor, allowed);
  if (roleRefusal || actor.role === 'program-manager') return roleRefusal;
  return file.routing !== undefined && file.routing.centerId === actorCenterId ? undefined : ApplicationError.becauseOtherCenter(file.applicationId);
}

function requireApplicant(actor: Actor, file: ApplicationFile): DomainError | undefined {
  return actor.userId === file.applicantId ? undefined : ApplicationError.becauseNotApplicant(file.applicationId);
}

/** Who may issue the command on this application, checked before anything about its state is revealed. */
function authorize(command: Exclude<ApplicationCommand, DraftApplication>, file: ApplicationFile): DomainError | undefined {
  const { actor } = command.metadata;
  const allowed: readonly Role[] = APPLICATIONS_ROLES[command.type];
  switch (command.type) {
    case 'ReviseApplication':
    case 'AttachBusinessPlan':
    case 'SubmitApplication':
    case 'WithdrawApplication':
      return requireApplicant(actor, file);
    case 'RouteApplication':
    case 'StartEvaluation':
    case 'RecordEvaluationResult':
    case 'RecordRecusal':
    case 'RecordExternalOutcome':
      return requireRole(actor, allowed);
    case 'ReturnApplication':
    case 'ScreenApplication':
      return requireCenter(actor, allowed, command.data.actorCenterId, file);
    default:
      return assertNever(command);
  }
}

function draft({ data, metadata }: DraftApplication, state: ApplicationState): Decision<ApplicationEvent> {
  if (state.status !== 'none') return ApplicationError.becauseAlreadyDrafted(data.applicationId);
  const content = validateApplicationContent(data.content);
  if (isDomainError(content)) return content;
  return [{ type: 'ApplicationDrafted', data: { applicationId: data.applicationId, callId: data.callId, applicantId: metadata.actor.userId, content } }];
}

function revise({ data }: ReviseApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  if (!EDITABLE.includes(file.status)) return ApplicationError.becauseNotDraft(file.applicationId, file.status);
  const content = validateApplicationContent(data.content);
  if (isDomainError(content)) return content;
  return [{ type: 'ApplicationRevised', data: { applicationId: file.applicationId, content } }];
}

function attachBusinessPlan({ data }: AttachBusinessPlan, file: ApplicationFile): Decision<ApplicationEvent> {
  if (!EDITABLE.includes(file.status)) return ApplicationError.becauseBusinessPlanLocked(file.applicationId, file.status);
  const fault = businessPlanFault(data.document);
  if (fault) return fault;
  const { sha256, size, mediaType, fileName } = data.document;
  return [{ type: 'BusinessPlanAttached', data: { applicationId: file.applicationId, document: { sha256, size, mediaType, fileName } } }];
}

function submit({ metadata }: SubmitApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  const { applicationId } = file;
  if (file.status === 'drafted') return [{ type: 'ApplicationSubmitted', data: { applicationId, submittedAt: metadata.now } }];
  if (file.status === 'returned-for-revision') return [{ type: 'ApplicationResubmitted', data: { applicationId } }];
  return ApplicationError.becauseAlreadySubmitted(applicationId, file.status);
}

function route({ data }: RouteApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  if (file.status === 'drafted') return ApplicationError.becauseNotSubmitted(file.applicationId);
  if (file.status !== 'submitted') return ApplicationError.becauseAlreadyRouted(file.applicationId, file.status);
  if (isBlank(data.centerId)) return ApplicationError.becauseFieldRequired('centerId');
  if (!isPositiveWholeNumber(data.mappingVersion)) return ApplicationError.becauseMappingVersionInvalid(data.mappingVersion);
  return [{ type: 'ApplicationRouted', data: { applicationId: file.applicationId, centerId: data.centerId, mappingVersion: data.mappingVersion } }];
}

// Returning and screening both need the application to be with its center, not yet screened.
function refuseUnlessAtCenter(file: ApplicationFile): DomainError | undefined {
  if (NOT_YET_ROUTED.includes(file.status)) return ApplicationError.becauseNotRouted(file.applicationId, file.status);
  return file.status === 'routed' || file.status === 'returned-for-revision'
    ? undefined
    : ApplicationError.becauseAlreadyScreened(file.applicationId, file.status);
}

function returnForRevision({ data }: ReturnApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  const refusal = refuseUnlessAtCenter(file);
  if (refusal) return refusal;
  // Once only, so that an application cannot be kept from screening by repeated returns.
  if (file.timesReturned > 0) return ApplicationError.becauseAlreadyReturnedOnce(file.applicationId);
  if (isBlank(data.reason)) return ApplicationError.becauseFieldRequired('reason');
  return [{ type: 'ApplicationReturnedForRevision', data: { applicationId: file.applicationId, reason: data.reason } }];
}

function screenApplication({ data }: ScreenApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  const refusal = refuseUnlessAtCenter(file);
  if (refusal) return refusal;
  if (file.status === 'returned-for-revision') return ApplicationError.becauseAwaitingResubmission(file.applicationId);
  // Facts about another call would screen against the wrong window and cap.
  if (data.facts.call.callId !== file.callId) return ApplicationError.becauseFactsForOtherCall(file.applicationId, file.callId, data.facts.call.callId);
  return [{ type: 'ApplicationScreened', data: { applicationId: file.applicationId, result: screen(file, data.facts) } }];
}

function startEvaluation({ data }: StartEvaluation, file: ApplicationFile): Decision<ApplicationEvent> {
  if (file.status !== 'screened-eligible') return ApplicationError.becauseNotScreenedEligible(file.applicationId, file.status);
  if (isBlank(data.committeeId)) return ApplicationError.becauseFieldRequired('committeeId');
  return [{ type: 'ApplicationEvaluationStarted', data: { applicationId: file.applicationId, committeeId: data.committeeId } }];
}

const isScore = (points: number, maximum = Number.POSITIVE_INFINITY) => Number.isFinite(points) && points >= 0 && points <= maximum;

/** The first fault of the feedback as the applicant would read it: an unnamed criterion, or a mean outside its range. */
function feedbackFault(feedback: readonly CriterionFeedback[]): DomainError | undefined {
  for (const [index, criterion] of feedback.entries()) {
    if (isBlank(criterion.criterionId)) return ApplicationError.becauseFieldRequired(`feedback[${index}].criterionId`);
    if (isBlank(criterion.name)) return ApplicationError.becauseFieldRequired(`feedback[${index}].name`);
    if (!isPositiveWholeNumber(criterion.maximum) || !isScore(criterion.mean, criterion.maximum)) return ApplicationError.becauseScoreInvalid(criterion.mean);
  }
  return undefined;
}

function recordEvaluationResult({ data }: RecordEvaluationResult, file: ApplicationFile): Decision<ApplicationEvent> {
  if (file.status !== 'in-evaluation') return ApplicationError.becauseNotInEvaluation(file.applicationId, file.status);
  if (!isScore(data.totalScore)) return ApplicationError.becauseScoreInvalid(data.totalScore);
  const { outcome, totalScore, feedback } = data;
  const fault = feedback && feedbackFault(feedback);
  if (fault) return fault;
  return [{ type: 'ApplicationEvaluated', data: { applicationId: file.applicationId, outcome, totalScore, ...(feedback && { feedback }) } }];
}

function recordRecusal({ data }: RecordRecusal, file: ApplicationFile): Decision<ApplicationEvent> {
  if (file.committeeId === undefined) return ApplicationError.becauseNoCommittee(file.applicationId, file.status);
  if (isBlank(data.memberId)) return ApplicationError.becauseFieldRequired('memberId');
  if (file.recusedMembers?.includes(data.memberId)) return ApplicationError.becauseAlreadyRecused(file.applicationId, data.memberId);
  return [{ type: 'ApplicationMemberRecused', data: { applicationId: file.applicationId, memberId: data.memberId } }];
}

function recordExternalOutcome({ data }: RecordExternalOutcome, file: ApplicationFile): Decision<ApplicationEvent> {
  if (!OUTCOME_RECORDABLE.includes(file.status)) return ApplicationError.becauseNotPassed(file.applicationId, file.status);
  if (isBlank(data.reference)) return ApplicationError.becauseFieldRequired('reference');
  return [{ type: 'ApplicationOutcomeRecorded', data: { applicationId: file.applicationId, outcome: data.outcome, reference: data.reference } }];
}

function withdraw({ data }: WithdrawApplication, file: ApplicationFile): Decision<ApplicationEvent> {
  if (!WITHDRAWABLE.includes(file.status)) return ApplicationError.becauseAlreadyDecided(file.applicationId, file.status);
  if (isBlank(data.reason)) return ApplicationError.becauseFieldRequired('reason');
  return [{ type: 'ApplicationWithdrawn', data: { applicationId: file.applicationId, reason: data.reason } }];
}

function decide(command: ApplicationCommand, state: ApplicationState): Decision<ApplicationEvent> {
  if (command.type === 'DraftApplication') return draft(command, state);
  if (state.status === 'none') return ApplicationError.becauseNotFound(command.data.applicationId);
  const refusal = authorize(command, state);
  if (refusal) return refusal;
  if (state.status === 'withdrawn') return ApplicationError.becauseWithdrawn(state.applicationId);
  switch (command.type) {
    case 'ReviseApplication':
      return revise(command, state);
    case 'AttachBusinessPlan':
      return attachBusinessPlan(command, state);
    case 'SubmitApplication':
      return submit(command, state);
    case 'RouteApplication':
      return route(command, state);
    case 'ReturnApplication':
      return returnForRevision(command, state);
    case 'ScreenApplication':
      return screenApplication(command, state);
    case 'StartEvaluation':
      return startEvaluation(command, state);
    case 'RecordEvaluationResult':
      return recordEvaluationResult(command, state);
    case 'RecordRecusal':
      return recordRecusal(command, state);
    case 'RecordExternalOutcome':
      return recordExternalOutcome(command, state);
    case 'WithdrawApplication':
      return withdraw(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * The consortium application aggregate. Screening decides on the facts its command carries (the
 * call's terms, the grants context's cap), so the decider needs no settings of its own.
 */
export const applicationDecider: Decider<ApplicationCommand, ApplicationEvent, ApplicationState> = {
  initialState: initialApplicationState,
  evolve: evolveApplication,
  decide,
};
