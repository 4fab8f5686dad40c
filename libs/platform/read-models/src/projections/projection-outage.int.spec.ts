import { randomUUID } from 'node:crypto';
import { EventStore, openPgliteEventStore } from '@yunghap/event-store';
import { FaultProxy, eventually, localEngines, requireEngine, suiteResources, uniqueName } from '@yunghap/testing';
import { MongooseReadModelStore } from '../mongoose/mongoose-read-model-store.adapter';
import { ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { Projection } from './projection';
import { ProjectionStatus } from './projection-status';
import { ProjectionRunner } from './projection-runner';

interface Tally extends ReadModelDocument {
  readonly count: number;
}

const STREAMS = 7;

/** Counts events per stream: an event lost or applied twice shows as a wrong count. */
function tallies(tag: string): Projection<Tally> {
  return {
    name: `${tag}-tallies`,
    collection: `${tag}_tallies`,
    handles: [`${tag}.Counted`],
    documentId: (event) => event.streamId,
    apply: (doc, event) => ({ _id: event.streamId, count: (doc?.count ?? 0) + 1 }),
  };
}

// The read-model store is reached through a FaultProxy, so its outage is this suite's alone.
describe('ProjectionRunner through a FerretDB outage', () => {
  let eventStore: EventStore;
  let proxy: FaultProxy;
  let readModels: ReadModelStore;
  let runner: ProjectionRunner | null = null;
  const resources = suiteResources();

  beforeAll(() =>
    resources.open(async (keep) => {
      const mongo = await requireEngine(localEngines().mongo);
      eventStore = keep(await openPgliteEventStore(), (store) => store.close());
      proxy = keep(await FaultProxy.start({ host: mongo.host, port: mongo.port }), (opened) => opened.close());
      const database = uniqueName('projection_outage');
      readModels = keep(
        await MongooseReadModelStore.connect(`mongodb://127.0.0.1:${proxy.port}/`, database, { serverSelectionTimeoutMS: 1_000, socketTimeoutMS: 2_000 }),
        async (store) => {
          proxy.restore();
          try {
            await store.dropAll();
          } finally {
            await store.close();
          }
        },
      );
    }),
  );

  afterEach(async () => {
    proxy.restore();
    await runner?.stop();
    runner = null;
  });

  afterAll(() => resources.close());

  function started(projection: Projection<Tally>): ProjectionRunner {
    runner = new ProjectionRunner({ eventStore, readModels, projections: [projection], retryPolicy: { initialDelayMs: 100, maxDelayMs: 500 } });
    return runner;
  }

  async function count(tag: string, events: number): Promise<number> {
    let last = 0;
    for (let n = 0; n < events; n += 1) {
      const event = {
        eventId: randomUUID(),
        type: `${tag}.Counted`,
        data: { n },
        metadata: {
          actor: { userId: 'ops-park', role: 'center-staff' as const },
          correlationId: randomUUID(),
          causationId: null,
          occurredAt: '2026-05-04T09:00:00.000Z',
          schemaVersion: 1,
        },
      };
      last = (await eventStore.appendToStream(`${tag}-${n % STREAMS}`, [event], { expectedVersion: 'any' })).lastPosition;
    }
    return last;
  }

  const state = async (projections: ProjectionRunner): Promise<ProjectionStatus | undefined> => (await projections.status())[0];

  it('comes back live by itself after the store refused connections, with every event applied once', async () => {
    const tag = `o${randomUUID().slice(0, 8)}`;
    const projection = tallies(tag);
    const projections = started(projection);
    await count(tag, 20);
    await projections.start();
    await eventually(async () => ((await state(projections))?.state === 'live' ? true : undefined), 20_000, 'the projection to go live');

    proxy.refuse();
    const last = await count(tag, 30);
    await eventually(async () => ((await state(projections))?.state === 'retrying' ? true : undefined), 20_000, 'the projection to notice the outage');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    proxy.restore();

    await eventually(async () => ((await state(projections))?.state === 'live' ? true : undefined), 30_000, 'the projection to recover');
    await projections.waitFor(last);
    const documents = await readModels.collection<Tally>(projection.collection).find({}, { sort: { _id: 1 } });
    const appended = (events: number, stream: number) => Array.from({ length: events }, (_, n) => n % STREAMS).filter((of) => of === stream).length;
    expect(documents.map((document) => [document._id, document.count])).toEqual(
      Array.from({ length: STREAMS }, (_, stream) => [`${tag}-${stream}`, appended(20, stream) + appended(30, stream)]),
    );
  });

  it('turns to retrying, not hanging, while the store is frozen, and recovers after', async () => {
    const tag = `f${randomUUID().slice(0, 8)}`;
    const projection = tallies(tag);
    const projections = started(projection);
    await projections.start();
    await eventually(async () => ((await state(projections))?.state === 'live' ? true : undefined), 20_000, 'the projection to go live');

    proxy.freeze();
    const last = await count(tag, 10);
    await eventually(async () => ((await state(projections))?.state === 'retrying' ? true : undefined), 30_000, 'the frozen store to time out');
    proxy.restore();

    await projections.waitFor(last, { timeoutMs: 30_000 });
    await eventually(async () => ((await state(projections))?.state === 'live' ? true : undefined), 30_000, 'the projection to recover');
    const documents = await readModels.collection<Tally>(projection.collection).find({});
    expect(documents.reduce((sum, document) => sum + document.count, 0)).toBe(10);
  });
});
