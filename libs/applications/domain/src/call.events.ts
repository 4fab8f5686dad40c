import { DomainEvent, Won } from '@yunghap/kernel';
import { IndustryLevel } from './applications.policy';

export type CallOpened = DomainEvent<
  'CallOpened',
  {
    readonly callId: string;
    readonly budgetLineId: string;
    readonly title: string;
    readonly opensAt: string;
    readonly closesAt: string;
    readonly capPerProject: Won;
    readonly technologyFields: readonly string[];
    /** Absent in calls opened before calls chose it: those were judged by section (see `evolveCall`). */
    readonly industryLevel?: IndustryLevel;
    /** Absent in calls opened before the own contribution was asked for: no minimum then. */
    readonly minimumOwnSharePercent?: number;
  }
>;

/** Only the changed terms are recorded. */
export type CallAmended = DomainEvent<
  'CallAmended',
  {
    readonly callId: string;
    readonly title?: string;
    readonly closesAt?: string;
    readonly capPerProject?: Won;
    readonly technologyFields?: readonly string[];
  }
>;

export type CallClosedEarly = DomainEvent<'CallClosedEarly', { readonly callId: string; readonly closedAt: string; readonly reason: string }>;

export type CallEvent = CallOpened | CallAmended | CallClosedEarly;
