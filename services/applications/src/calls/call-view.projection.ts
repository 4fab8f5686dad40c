import { CallEvent, evolveCall, initialCallState, PublishedCall } from '@yunghap/applications-domain';
import { collectionRef, defineProjection } from '@yunghap/read-models';

/** A call (공고) as published: its current terms, and what screening reads from them. */
export interface CallView extends PublishedCall {
  readonly _id: string;
  /** Why it was closed before its scheduled time, when it was. */
  readonly closeReason: string | null;
  readonly openedAt: string;
  readonly updatedAt: string;
  /** The call stream's version, sent as the ETag. */
  readonly version: number;
}

export const CALLS = collectionRef<CallView>('calls');

/** One document per call, folded with the domain's own `evolveCall` so both sides agree on the terms. */
export const callViewProjection = defineProjection<CallEvent, CallView>({
  name: 'call-view',
  collection: CALLS,
  handles: { CallOpened: true, CallAmended: true, CallClosedEarly: true },
  idOf: (event) => event.data.callId,
  evolve: (doc, event) => {
    const state = evolveCall(doc ?? initialCallState(), event);
    if (state.status === 'none') return doc;
    const { occurredAt } = event.metadata;
    return {
      ...state,
      _id: state.callId,
      closeReason: event.type === 'CallClosedEarly' ? event.data.reason : (doc?.closeReason ?? null),
      openedAt: doc?.openedAt ?? occurredAt,
      updatedAt: occurredAt,
      version: event.version,
    };
  },
  indexes: [{ keys: { opensAt: -1 } }],
});
