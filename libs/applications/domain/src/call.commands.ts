import { DomainCommand, Won } from '@yunghap/kernel';
import { IndustryLevel } from './applications.policy';

export type OpenCall = DomainCommand<
  'OpenCall',
  {
    readonly callId: string;
    readonly budgetLineId: string;
    readonly title: string;
    readonly opensAt: string;
    readonly closesAt: string;
    /** Whole won; at most the program's limit per project. */
    readonly capPerProject: number;
    /** The grants context's cap per project for the call's program year, read from this service's replica. */
    readonly programLimit: Won;
    readonly technologyFields: readonly string[];
    /** How finely "different industries" is judged; the policy's default when absent. */
    readonly industryLevel?: IndustryLevel;
    /** Whole percent of the total project cost the consortium must bear; the policy's default when absent. */
    readonly minimumOwnSharePercent?: number;
  }
>;

/** Changes what is given; the opening time, the budget line and the eligibility terms stay as published. */
export type AmendCall = DomainCommand<
  'AmendCall',
  {
    readonly callId: string;
    readonly title?: string;
    readonly closesAt?: string;
    readonly capPerProject?: number;
    readonly technologyFields?: readonly string[];
    /** As for OpenCall; only read when the cap changes. */
    readonly programLimit: Won;
  }
>;

/** Ends the window now, before its scheduled closing. */
export type CloseCall = DomainCommand<'CloseCall', { readonly callId: string; readonly reason: string }>;

export type CallCommand = OpenCall | AmendCall | CloseCall;
