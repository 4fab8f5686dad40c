import { DomainCommand } from '@yunghap/kernel';
import { Consortium } from './consortium';
import { MentoringSession } from './engagement.state';
import { RegisteredMentor } from './mentor.state';

/**
 * A coordinator's action carries the coordinator's own center (from their token), because the
 * kernel's actor knows a role but not a center.
 */
interface CoordinatorData {
  readonly engagementId: string;
  readonly actorCenterId: string;
}

/** Opens an engagement for a consortium with the candidates `matchMentors` proposed, best first. */
export type ProposeEngagement = DomainCommand<
  'ProposeEngagement',
  CoordinatorData & { readonly centerId: string; readonly consortium: Consortium; readonly candidates: readonly string[] }
>;

/**
 * Picks one candidate. The mentor's current facts (read from its stream by the service) come
 * with the command, because a relationship declared since matching must still stop it.
 */
export type ConfirmMentor = DomainCommand<'ConfirmMentor', CoordinatorData & { readonly mentor: RegisteredMentor }>;

/** Asks grants for the allocation; the id is new, from the service, one per request. */
export type RequestAllocation = DomainCommand<'RequestAllocation', CoordinatorData & { readonly allocationId: string }>;

/** Grants' answers, recorded by the platform from their integration events. */
export type RecordAllocationApproval = DomainCommand<'RecordAllocationApproval', { readonly engagementId: string; readonly allocationId: string }>;
export type RecordAllocationRejection = DomainCommand<
  'RecordAllocationRejection',
  { readonly engagementId: string; readonly allocationId: string; readonly reason: string }
>;

export type LogSession = DomainCommand<'LogSession', CoordinatorData & { readonly session: MentoringSession }>;

export type CompleteEngagement = DomainCommand<'CompleteEngagement', CoordinatorData & { readonly report: string }>;

export type CancelEngagement = DomainCommand<'CancelEngagement', CoordinatorData & { readonly reason: string }>;

export type EngagementCommand =
  | ProposeEngagement
  | ConfirmMentor
  | RequestAllocation
  | RecordAllocationApproval
  | RecordAllocationRejection
  | LogSession
  | CompleteEngagement
  | CancelEngagement;
