import { CallEvent } from '@yunghap/applications-domain';
import { CallClosedV1, CallOpenedV1 } from '@yunghap/contracts';
import { HandleOptions, OutboxContext, OutboxMessage } from '@yunghap/event-store';
import { assertNever } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

function messagesFor(event: CallEvent, context: OutboxContext): OutboxMessage[] {
  switch (event.type) {
    case 'CallOpened': {
      const { callId, budgetLineId, title, opensAt, closesAt } = event.data;
      return [publish(CallOpenedV1, callId, { callId, budgetLineId, title, opensAt, closesAt }, context)];
    }
    case 'CallClosedEarly': {
      const { callId, closedAt, reason } = event.data;
      return [publish(CallClosedV1, callId, { callId, closedAt, reason }, context)];
    }
    // Amended terms concern this service's screening; no other service reads them yet.
    case 'CallAmended':
      return [];
    default:
      return assertNever(event);
  }
}

/**
 * What other services learn of a call, written to the outbox with its events: `CallOpened` (so
 * that evaluation knows the call exists) and `CallClosed` when it is closed early, keyed by call
 * id so that a call's messages stay in order.
 */
export function callMessages(events: readonly CallEvent[], context: OutboxContext): OutboxMessage[] {
  return events.flatMap((event) => messagesFor(event, context));
}

/** Every command on a call stream is appended with its messages, whatever state the decider folds. */
export function callOutbox<S>(): HandleOptions<CallEvent, S> {
  return { outbox: (events, _state, context) => callMessages(events, context) };
}
