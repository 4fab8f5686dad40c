import { DomainEvent, Won } from '@yunghap/kernel';
import { Consortium } from './consortium';
import { MentoringSession } from './engagement.state';

export type EngagementProposed = DomainEvent<
  'EngagementProposed',
  { readonly engagementId: string; readonly centerId: string; readonly consortium: Consortium; readonly candidates: readonly string[] }
>;
export type MentorConfirmed = DomainEvent<'MentorConfirmed', { readonly engagementId: string; readonly mentorId: string }>;
/** The service publishes this to grants, which commits the amount on the mentoring line. */
export type AllocationRequested = DomainEvent<'AllocationRequested', { readonly engagementId: string; readonly allocationId: string; readonly amount: Won }>;
export type AllocationApproved = DomainEvent<'AllocationApproved', { readonly engagementId: string; readonly allocationId: string; readonly amount: Won }>;
export type AllocationRejected = DomainEvent<'AllocationRejected', { readonly engagementId: string; readonly allocationId: string; readonly reason: string }>;
export type EngagementStarted = DomainEvent<'EngagementStarted', { readonly engagementId: string; readonly startedOn: string }>;
export type SessionLogged = DomainEvent<'SessionLogged', { readonly engagementId: string; readonly session: MentoringSession }>;
export type EngagementCompleted = DomainEvent<
  'EngagementCompleted',
  { readonly engagementId: string; readonly report: string; readonly sessionCount: number; readonly totalMinutes: number }
>;
export type EngagementCancelled = DomainEvent<'EngagementCancelled', { readonly engagementId: string; readonly reason: string }>;
/** The service tells grants to release what it committed and has not paid out of this allocation. */
export type AllocationReleaseRequested = DomainEvent<
  'AllocationReleaseRequested',
  { readonly engagementId: string; readonly allocationId: string; readonly amount: Won }
>;

export type EngagementEvent =
  | EngagementProposed
  | MentorConfirmed
  | AllocationRequested
  | AllocationApproved
  | AllocationRejected
  | EngagementStarted
  | SessionLogged
  | EngagementCompleted
  | EngagementCancelled
  | AllocationReleaseRequested;
