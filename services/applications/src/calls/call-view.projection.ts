import { CallEvent, evolveCall, initialCallState, PublishedCall } from '@yunghap/applications-domain';
import type { RecordedEvent } from '@yunghap/event-store';
import type { Projection } from '@yunghap/read-models';

export const CALLS_COLLECTION = 'calls';

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

/** One document per call, folded with the domain's own `evolveCall` so both sides agree on the terms. */
export const callViewProjection: Projection<CallView> = {
  name: 'call-view',
  collection: CALLS_COLLECTION,
  handles: ['CallOpened', 'CallAmended', 'CallClosedEarly'],
  documentId: (event) => (event.data as { callId: string }).callId,
  apply: (doc, recorded: RecordedEvent) => {
    const event = { type: recorded.type, data: recorded.data } as CallEvent;
    const state = evolveCall(doc ?? initialCallState(), event);
    if (state.status === 'none') return doc;
    const { occurredAt } = recorded.metadata;
    return {
      ...state,
      _id: state.callId,
      closeReason: event.type === 'CallClosedEarly' ? event.data.reason : (doc?.closeReason ?? null),
      openedAt: doc?.openedAt ?? occurredAt,
      updatedAt: occurredAt,
      version: recorded.version,
    };
  },
  indexes: [{ keys: { opensAt: -1 } }],
};
