import { assertNever, Decider, Decision, DomainCommand, DomainEvent, Role, roleNotAllowed } from '@yunghap/kernel';
import { EVALUATION_ROLES } from './evaluation.roles';

export type RecordCallOpened = DomainCommand<
  'RecordCallOpened',
  { readonly callId: string; readonly budgetLineId: string; readonly title: string; readonly opensAt: string; readonly closesAt: string }
>;
export type RecordCallClosed = DomainCommand<'RecordCallClosed', { readonly callId: string; readonly closedAt: string }>;
export type KnownCallCommand = RecordCallOpened | RecordCallClosed;

export type CallKnown = DomainEvent<'CallKnown', RecordCallOpened['data']>;
export type KnownCallClosedEarly = DomainEvent<'KnownCallClosedEarly', RecordCallClosed['data']>;
export type KnownCallEvent = CallKnown | KnownCallClosedEarly;

/** `title` is null for a call whose close was heard without its opening. */
export type KnownCallState =
  { readonly status: 'unknown' } | { readonly status: 'opened' | 'closed-early'; readonly callId: string; readonly title: string | null };

/**
 * A call this service knows of, from the applications service's `CallOpened` and `CallClosed`.
 * Each is recorded once, however often it is delivered. A call closed early stays known: its
 * submitted applications are still evaluated, so committees and rubrics are still needed. A close
 * heard without the opening (a call opened before calls were published) makes the call known too.
 */
function decide(command: KnownCallCommand, state: KnownCallState): Decision<KnownCallEvent> {
  const allowed: readonly Role[] = EVALUATION_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return roleNotAllowed('KNOWN_CALLS.ROLE_NOT_ALLOWED', command.metadata.actor, allowed);
  switch (command.type) {
    case 'RecordCallOpened':
      return state.status === 'unknown' ? [{ type: 'CallKnown', data: command.data }] : [];
    case 'RecordCallClosed':
      return state.status === 'closed-early' ? [] : [{ type: 'KnownCallClosedEarly', data: command.data }];
    default:
      return assertNever(command);
  }
}

function evolve(state: KnownCallState, event: KnownCallEvent): KnownCallState {
  switch (event.type) {
    case 'CallKnown':
      return { status: 'opened', callId: event.data.callId, title: event.data.title };
    case 'KnownCallClosedEarly':
      return { status: 'closed-early', callId: event.data.callId, title: state.status === 'unknown' ? null : state.title };
    default:
      return assertNever(event);
  }
}

export const knownCallDecider: Decider<KnownCallCommand, KnownCallEvent, KnownCallState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'unknown' }),
};
