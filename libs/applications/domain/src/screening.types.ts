import { Won } from '@yunghap/kernel';
import { IndustryLevel } from './applications.policy';
import { ApplicationContent } from './application-content';

/** The call as it stands when the application is screened (see `callFactsOf`). */
export interface CallFacts {
  readonly callId: string;
  readonly opensAt: string;
  /** The effective closing time: the scheduled one, or the time of an early close. */
  readonly closesAt: string;
  readonly capPerProject: Won;
  readonly technologyFields: readonly string[];
  readonly industryLevel: IndustryLevel;
  readonly minimumOwnSharePercent: number;
}

/**
 * What screening needs from outside the application's stream, gathered by the service and
 * carried in the ScreenApplication command so the decision is reproducible from the event log.
 */
export interface ScreeningFacts {
  readonly call: CallFacts;
  /** The grants context's cap per project for the call's program year, from this service's replica. */
  readonly programLimit: Won;
  /** Registration numbers of the firms in this call's other active (not withdrawn, not refused) applications. */
  readonly firmsInOtherActiveApplications: readonly string[];
}

/** The parts of an application that screening looks at. */
export interface ScreenableApplication {
  readonly callId: string;
  readonly content: ApplicationContent;
  /** The first submission; absent while the application is a draft. */
  readonly submittedAt?: string;
}

/** A broken eligibility rule, as recorded in the screening result. */
export interface RuleFailure {
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** One eligibility rule: `undefined` when the application satisfies it. */
export interface ScreeningRule {
  readonly code: string;
  readonly check: (application: ScreenableApplication, facts: ScreeningFacts) => RuleFailure | undefined;
}

export interface ScreeningResult {
  readonly outcome: 'eligible' | 'ineligible';
  /** Every rule that failed; empty when eligible. */
  readonly failures: readonly RuleFailure[];
  /** The codes of the rules applied, so the record shows what was checked, not only what failed. */
  readonly rulesChecked: readonly string[];
}
