import { DomainEvent, Won } from '@yunghap/kernel';

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
