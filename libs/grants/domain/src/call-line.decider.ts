import { Decider, Decision, DomainCommand, DomainEvent, Role, roleNotAllowed } from '@yunghap/kernel';
import { GRANTS_ROLES } from './grants.roles';

/** The budget line a call (공고) was opened on, as the applications service announced it. */
export type NoteCallLine = DomainCommand<'NoteCallLine', { readonly callId: string; readonly lineId: string }>;
export type CallLineNoted = DomainEvent<'CallLineNoted', { readonly callId: string; readonly lineId: string }>;

export type CallLineCommand = NoteCallLine;
export type CallLineEvent = CallLineNoted;
export interface CallLineState {
  readonly lineId?: string;
}

/**
 * Grants' copy of each call's budget line (stream `call-<callId>`), so that an award is charged to
 * its call's line. A call's opening is final where it comes from: the first copy is kept and a
 * redelivery records nothing.
 */
function decide(command: CallLineCommand, state: CallLineState): Decision<CallLineEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return roleNotAllowed('CALL_LINE.ROLE_NOT_ALLOWED', command.metadata.actor, allowed);
  return state.lineId === undefined ? [{ type: 'CallLineNoted', data: command.data }] : [];
}

function evolve(_state: CallLineState, event: CallLineEvent): CallLineState {
  return { lineId: event.data.lineId };
}

export const callLineDecider: Decider<CallLineCommand, CallLineEvent, CallLineState> = { decide, evolve, initialState: () => ({}) };
