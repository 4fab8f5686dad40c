import { Actor, DomainEvent } from '@yunghap/kernel';

/**
 * An erasure's record in the event log: who asked, on what ground, who agreed, when. It names the
 * person only by their subject (`applicant:u-7`), never by anything the erasure destroys.
 */
export type ErasureProposed = DomainEvent<
  'PersonalDataErasureProposed',
  {
    readonly requestId: string;
    readonly subject: string;
    readonly reason: string;
    /** The end of the retention period of the subject's kind, counted from the last time their data was recorded. */
    readonly retentionEndedAt: string;
    readonly proposedBy: Actor;
    readonly proposedAt: string;
  }
>;

/** The second program manager's agreement: the person's key is destroyed once this is recorded. */
export type ErasureApproved = DomainEvent<
  'PersonalDataErasureApproved',
  { readonly requestId: string; readonly subject: string; readonly approvedBy: Actor; readonly approvedAt: string }
>;

export type ErasureRejected = DomainEvent<
  'PersonalDataErasureRejected',
  { readonly requestId: string; readonly subject: string; readonly reason: string; readonly rejectedBy: Actor; readonly rejectedAt: string }
>;

export type ErasureEvent = ErasureProposed | ErasureApproved | ErasureRejected;

export const ERASURE_EVENT_TYPES: readonly ErasureEvent['type'][] = [
  'PersonalDataErasureProposed',
  'PersonalDataErasureApproved',
  'PersonalDataErasureRejected',
];

export const erasureStreamId = (requestId: string): string => `privacy-erasure-${requestId}`;
