import { assertNever } from '@yunghap/kernel';
import { ApplicationContent } from './application-content';
import { ApplicationEvent } from './application.events';
import { BusinessPlanDocument } from './business-plan';
import { CriterionFeedback, EvaluationOutcome, ExternalOutcome } from './application.outcomes';
import { ScreeningResult } from './screening.types';

/**
 * drafted → submitted → routed ⇄ returned-for-revision (once) → screened-eligible | screened-ineligible;
 * screened-eligible → in-evaluation → evaluated-passed | evaluated-failed;
 * evaluated-passed → an external outcome; withdrawn from anywhere before a decision.
 */
export type ApplicationStatus =
  | 'drafted'
  | 'submitted'
  | 'routed'
  | 'returned-for-revision'
  | 'screened-eligible'
  | 'screened-ineligible'
  | 'in-evaluation'
  | 'evaluated-passed'
  | 'evaluated-failed'
  | ExternalOutcome
  | 'withdrawn';

export interface Routing {
  readonly centerId: string;
  readonly mappingVersion: number;
}

export interface ApplicationFile {
  readonly status: ApplicationStatus;
  readonly applicationId: string;
  readonly callId: string;
  /** The user who drafted it: the only one who may revise, submit or withdraw it. */
  readonly applicantId: string;
  readonly content: ApplicationContent;
  /** The plan attached last; absent until one is. */
  readonly businessPlan?: BusinessPlanDocument;
  readonly submittedAt?: string;
  readonly routing?: Routing;
  readonly timesReturned: number;
  readonly screening?: ScreeningResult;
  readonly committeeId?: string;
  /** Members of that committee who stood down from this application: they may not read it. */
  readonly recusedMembers?: readonly string[];
  readonly evaluation?: { readonly outcome: EvaluationOutcome; readonly totalScore: number };
  /**
   * The committee's means and reasons per criterion, for the applicant's feedback. Kept beside
   * `evaluation`, not in it: everyone who reads the application (its committee's members too)
   * sees `evaluation`, while the feedback has its own readers. Absent until a result with
   * feedback is recorded.
   */
  readonly evaluationFeedback?: readonly CriterionFeedback[];
  readonly externalReference?: string;
}

export type ApplicationState = { readonly status: 'none' } | ApplicationFile;

export const initialApplicationState = (): ApplicationState => ({ status: 'none' });

export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  if (event.type === 'ApplicationDrafted') return { status: 'drafted', ...event.data, timesReturned: 0 };
  // An application's stream always starts with ApplicationDrafted; nothing else can apply before it.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ApplicationRevised':
      return { ...state, content: event.data.content };
    case 'BusinessPlanAttached':
      return { ...state, businessPlan: event.data.document };
    case 'ApplicationSubmitted':
      return { ...state, status: 'submitted', submittedAt: event.data.submittedAt };
    case 'ApplicationRouted':
      return { ...state, status: 'routed', routing: { centerId: event.data.centerId, mappingVersion: event.data.mappingVersion } };
    case 'ApplicationReturnedForRevision':
      return { ...state, status: 'returned-for-revision', timesReturned: state.timesReturned + 1 };
    case 'ApplicationResubmitted':
      return { ...state, status: 'routed' };
    case 'ApplicationScreened':
      return { ...state, status: event.data.result.outcome === 'eligible' ? 'screened-eligible' : 'screened-ineligible', screening: event.data.result };
    case 'ApplicationEvaluationStarted':
      return { ...state, status: 'in-evaluation', committeeId: event.data.committeeId };
    case 'ApplicationMemberRecused':
      return { ...state, recusedMembers: [...(state.recusedMembers ?? []), event.data.memberId] };
    case 'ApplicationEvaluated': {
      const { outcome, totalScore, feedback } = event.data;
      return {
        ...state,
        status: outcome === 'passed' ? 'evaluated-passed' : 'evaluated-failed',
        evaluation: { outcome, totalScore },
        ...(feedback && { evaluationFeedback: feedback }),
      };
    }
    case 'ApplicationOutcomeRecorded':
      return { ...state, status: event.data.outcome, externalReference: event.data.reference };
    case 'ApplicationWithdrawn':
      return { ...state, status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}
