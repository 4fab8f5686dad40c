import { domainEventOf, RecordedEvent, RecordedOf } from '@yunghap/event-store';
import { collectionRef } from '../collection-ref';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store.adapter';
import { ReadModelDocument } from '../read-model-store.port';
import { recordedEvent } from '../testing/recorded-event';
import { defineProjection } from './define-projection';
import { projectBatch } from './project-batch';
import { Projected } from './projection';

/** A consortium's events as a context would declare them. */
type ConsortiumEvent =
  | { readonly type: 'ConsortiumFormed'; readonly data: { readonly callId: string; readonly firms: readonly string[] } }
  | { readonly type: 'FirmLeft'; readonly data: { readonly callId: string; readonly firm: string } }
  | { readonly type: 'ConsortiumRenamed'; readonly data: { readonly name: string } };

/** One document per call and firm: which consortia the firm is in. */
interface FirmInCall extends ReadModelDocument {
  readonly consortia: readonly string[];
}

const FIRMS_IN_CALLS = collectionRef<FirmInCall>('firms-in-calls');

const firmsInCalls = defineProjection<ConsortiumEvent, FirmInCall>({
  name: 'firms-in-calls',
  collection: FIRMS_IN_CALLS,
  handles: { ConsortiumFormed: true, FirmLeft: true, ConsortiumRenamed: false },
  idOf: (event) => {
    switch (event.type) {
      case 'ConsortiumFormed':
        return event.data.firms.map((firm) => `${event.data.callId}:${firm}`);
      case 'FirmLeft':
        return `${event.data.callId}:${event.data.firm}`;
      case 'ConsortiumRenamed':
        return null;
    }
  },
  evolve: (doc, event, id) => {
    const others = (doc?.consortia ?? []).filter((consortium) => consortium !== event.streamId);
    if (event.type === 'FirmLeft') return others.length === 0 ? null : { _id: id, consortia: others };
    return { _id: id, consortia: [...others, event.streamId] };
  },
});

const event = (position: number, consortium: string, domain: ConsortiumEvent): RecordedEvent => ({
  ...recordedEvent(position, consortium, domain.type),
  data: domain.data as RecordedEvent['data'],
});

describe('defineProjection', () => {
  it('handles the types its record marks true, and names the collection of its reference', () => {
    expect(firmsInCalls.handles).toEqual(['ConsortiumFormed', 'FirmLeft']);
    expect(firmsInCalls.collection).toBe('firms-in-calls');
  });

  it('gives back the domain event a recorded one carries, without the envelope', () => {
    const recorded = event(7, 'consortium-a', { type: 'FirmLeft', data: { callId: 'call-1', firm: '1018100340' } }) as RecordedOf<ConsortiumEvent>;
    expect(domainEventOf<ConsortiumEvent>(recorded)).toEqual({ type: 'FirmLeft', data: { callId: 'call-1', firm: '1018100340' } });
  });

  it('refuses an event of a type it does not handle', () => {
    expect(() => firmsInCalls.documentId(event(1, 'c-1', { type: 'ConsortiumRenamed', data: { name: '융합' } }))).toThrow('does not handle ConsortiumRenamed');
  });

  it('changes every document an event names, each on its own', async () => {
    const store = new InMemoryReadModelStore();
    const collection = store.collection<Projected<FirmInCall>>(FIRMS_IN_CALLS.name);
    const events = [
      event(1, 'consortium-a', { type: 'ConsortiumFormed', data: { callId: 'call-1', firms: ['1018100340', '2208106252'] } }),
      event(2, 'consortium-b', { type: 'ConsortiumFormed', data: { callId: 'call-1', firms: ['2208106252'] } }),
      event(3, 'consortium-c', { type: 'ConsortiumRenamed', data: { name: '융합' } }),
      event(4, 'consortium-a', { type: 'FirmLeft', data: { callId: 'call-1', firm: '1018100340' } }),
    ];

    expect(await projectBatch(firmsInCalls, collection, events, 0)).toEqual({ through: 4, failure: null });

    expect(await FIRMS_IN_CALLS.in(store).find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'call-1:2208106252', consortia: ['consortium-a', 'consortium-b'], _position: 2 },
    ]);
  });

  it('skips, in each document, what that document has already seen when a batch comes again', async () => {
    const store = new InMemoryReadModelStore();
    const collection = store.collection<Projected<FirmInCall>>(FIRMS_IN_CALLS.name);
    const formed = event(1, 'consortium-a', { type: 'ConsortiumFormed', data: { callId: 'call-1', firms: ['1018100340', '2208106252'] } });
    await projectBatch(firmsInCalls, collection, [formed], 0);
    await collection.deleteOne({ _id: 'call-1:1018100340' });

    await projectBatch(firmsInCalls, collection, [formed], 0);

    expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'call-1:1018100340', consortia: ['consortium-a'], _position: 1 },
      { _id: 'call-1:2208106252', consortia: ['consortium-a'], _position: 1 },
    ]);
  });
});
