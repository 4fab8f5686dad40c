import { Actor, Decider, DomainCommand, DomainError, roleNotAllowed } from '@yunghap/kernel';
import { ErasureEvent } from './erasure.events';

/**
 * What a proposal is decided on, looked up by the caller: whether the person's data is held here,
 * and when the retention period of its kind ends (null when it is not held).
 */
export interface SubjectStanding {
  readonly held: 'held' | 'erased' | 'unknown';
  readonly retentionEndsAt: string | null;
}

export type ProposeErasure = DomainCommand<
  'ProposeErasure',
  { readonly requestId: string; readonly subject: string; readonly reason: string; readonly standing: SubjectStanding }
>;
export type ApproveErasure = DomainCommand<'ApproveErasure', { readonly requestId: string }>;
export type RejectErasure = DomainCommand<'RejectErasure', { readonly requestId: string; readonly reason: string }>;
export type ErasureCommand = ProposeErasure | ApproveErasure | RejectErasure;

export type ErasureState =
  | { readonly status: 'none' }
  | { readonly status: 'proposed' | 'approved' | 'rejected'; readonly requestId: string; readonly subject: string; readonly proposedBy: Actor };

const ERASERS = ['program-manager'] as const;

export const ErasureError = {
  roleNotAllowed: (actor: Actor) => roleNotAllowed('ERASURE.ROLE_NOT_ALLOWED', actor, ERASERS),
  unknownSubject: (subject: string) => new DomainError('ERASURE.SUBJECT_UNKNOWN', 'not-found', `No personal data of ${subject} is held here`, { subject }),
  alreadyErased: (subject: string) => new DomainError('ERASURE.ALREADY_ERASED', 'conflict', `The personal data of ${subject} was already erased`, { subject }),
  retentionNotEnded: (subject: string, endsAt: string) =>
    new DomainError('ERASURE.RETENTION_NOT_ENDED', 'rule', `The retention period of ${subject}'s data ends at ${endsAt}`, { subject, endsAt }),
  alreadyRequested: (requestId: string) =>
    new DomainError('ERASURE.ALREADY_REQUESTED', 'conflict', `Erasure request ${requestId} exists already`, { requestId }),
  notFound: (requestId: string) => new DomainError('ERASURE.NOT_FOUND', 'not-found', `No erasure request ${requestId}`, { requestId }),
  notPending: (requestId: string, status: string) =>
    new DomainError('ERASURE.NOT_PENDING', 'conflict', `Erasure request ${requestId} was already decided (${status})`, { requestId, status }),
  sameApprover: (requestId: string) =>
    new DomainError('ERASURE.SAME_APPROVER', 'forbidden', `Erasure request ${requestId} needs a second program manager, not the one who proposed it`, {
      requestId,
    }),
};

function decide(command: ErasureCommand, state: ErasureState): readonly ErasureEvent[] | DomainError {
  const { actor, now } = command.metadata;
  if (!(ERASERS as readonly string[]).includes(actor.role)) return ErasureError.roleNotAllowed(actor);
  if (command.type === 'ProposeErasure') {
    const { requestId, subject, reason, standing } = command.data;
    if (state.status !== 'none') return ErasureError.alreadyRequested(requestId);
    if (standing.held === 'unknown' || standing.retentionEndsAt === null) return ErasureError.unknownSubject(subject);
    if (standing.held === 'erased') return ErasureError.alreadyErased(subject);
    if (Date.parse(now) < Date.parse(standing.retentionEndsAt)) return ErasureError.retentionNotEnded(subject, standing.retentionEndsAt);
    return [
      {
        type: 'PersonalDataErasureProposed',
        data: { requestId, subject, reason, retentionEndedAt: standing.retentionEndsAt, proposedBy: actor, proposedAt: now },
      },
    ];
  }
  if (state.status === 'none') return ErasureError.notFound(command.data.requestId);
  if (state.status !== 'proposed') return ErasureError.notPending(state.requestId, state.status);
  if (command.type === 'ApproveErasure') {
    // Destroying a person's data is irreversible: two program managers, never one twice.
    if (actor.userId === state.proposedBy.userId) return ErasureError.sameApprover(state.requestId);
    return [{ type: 'PersonalDataErasureApproved', data: { requestId: state.requestId, subject: state.subject, approvedBy: actor, approvedAt: now } }];
  }
  return [
    {
      type: 'PersonalDataErasureRejected',
      data: { requestId: state.requestId, subject: state.subject, reason: command.data.reason, rejectedBy: actor, rejectedAt: now },
    },
  ];
}

function evolve(state: ErasureState, event: ErasureEvent): ErasureState {
  switch (event.type) {
    case 'PersonalDataErasureProposed':
      return { status: 'proposed', requestId: event.data.requestId, subject: event.data.subject, proposedBy: event.data.proposedBy };
    case 'PersonalDataErasureApproved':
      return state.status === 'none' ? state : { ...state, status: 'approved' };
    case 'PersonalDataErasureRejected':
      return state.status === 'none' ? state : { ...state, status: 'rejected' };
  }
}

/** One erasure request: proposed by a program manager, approved or rejected by another (the proposer may withdraw by rejecting). */
export const erasureDecider: Decider<ErasureCommand, ErasureEvent, ErasureState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
