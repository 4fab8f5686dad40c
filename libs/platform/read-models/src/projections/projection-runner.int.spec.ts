import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventStore, NewEvent, RecordedEvent, openPgliteEventStore } from '@yunghap/event-store';
import { eventually, localEngines, requireEngine, suiteResources, uniqueName } from '@yunghap/testing';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store.adapter';
import { MongooseReadModelStore } from '../mongoose/mongoose-read-model-store.adapter';
import { ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { DuplicateKeyError } from '../read-model.errors';
import { CHECKPOINTS_COLLECTION } from './checkpoints';
import { Projection } from './projection';
import { ProjectionError, ProjectionTimeoutError } from './projection.errors';
import { ProjectionRunner } from './projection-runner';

interface ApplicationSummary extends ReadModelDocument {
  readonly title: string;
  readonly center: string;
  readonly status: string;
  readonly members: readonly string[];
}

interface CenterTally extends ReadModelDocument {
  readonly drafted: number;
}

interface CheckpointView extends ReadModelDocument {
  readonly position: number;
}

type EventData = Readonly<Record<string, string>>;

const data = (event: RecordedEvent): EventData => event.data as EventData;

/** Event types of one scenario: the event store is shared, so every test reads only its own. */
function eventTypes(tag: string) {
  return {
    drafted: `${tag}.ApplicationDrafted`,
    memberAdded: `${tag}.ConsortiumMemberAdded`,
    submitted: `${tag}.ApplicationSubmitted`,
    withdrawn: `${tag}.ApplicationWithdrawn`,
    renamed: `${tag}.CenterRenamed`,
  };
}
type EventTypes = ReturnType<typeof eventTypes>;

function summaries(tag: string, types: EventTypes): Projection<ApplicationSummary> {
  return {
    name: `${tag}-application-summaries`,
    collection: `${tag}_application_summaries`,
    handles: [types.drafted, types.memberAdded, types.submitted, types.withdrawn],
    documentId: (event) => event.streamId,
    apply: (doc, event) => {
      switch (event.type) {
        case types.drafted:
          return { _id: event.streamId, title: data(event)['title'], center: data(event)['center'], status: 'draft', members: [] };
        case types.memberAdded:
          return doc && { ...doc, members: [...doc.members, data(event)['company']] };
        case types.submitted:
          return doc && { ...doc, status: 'submitted' };
        default:
          return null;
      }
    },
    indexes: [{ keys: { title: 1 }, options: { unique: true } }],
  };
}

/** Counts drafts per center: replaying an event twice would show as a wrong count. */
function tallies(tag: string, types: EventTypes): Projection<CenterTally> {
  return {
    name: `${tag}-center-tallies`,
    collection: `${tag}_center_tallies`,
    handles: [types.drafted],
    documentId: (event) => data(event)['center'],
    apply: (doc, event) => ({ _id: data(event)['center'], drafted: (doc?.drafted ?? 0) + 1 }),
  };
}

function newEvent(type: string, payload: EventData): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data: payload,
    metadata: {
      actor: { userId: 'pm-kim', role: 'program-manager' },
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: '2026-03-02T09:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

const readModelStores: [string, () => Promise<ReadModelStore>][] = [
  ['in memory', async () => new InMemoryReadModelStore()],
  [
    'on FerretDB',
    async () => {
      const mongo = await requireEngine(localEngines().mongo);
      return MongooseReadModelStore.connect(mongo.url(''), uniqueName('projections'));
    },
  ],
];

describe.each(readModelStores)('ProjectionRunner over PGlite, read models %s', (_label, openReadModels) => {
  let eventStore: EventStore;
  let readModels: ReadModelStore;
  let sequence = 0;
  const runners: ProjectionRunner[] = [];
  // On a busy machine PGlite's start once outlasted beforeAll; the FerretDB connection opened
  // after that was never closed and kept Jest alive. afterAll now waits for beforeAll's work.
  const resources = suiteResources();

  beforeAll(() =>
    resources.open(async (keep) => {
      const dataDir = keep(mkdtempSync(path.join(tmpdir(), 'yunghap-projections-')), (dir) => rmSync(dir, { recursive: true, force: true }));
      eventStore = keep(await openPgliteEventStore(dataDir), (store) => store.close());
      readModels = keep(await openReadModels(), async (store) => {
        try {
          await store.dropAll();
        } finally {
          await store.close();
        }
      });
    }),
  );

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  });

  afterAll(() => resources.close());

  function scenario() {
    const tag = `s${++sequence}`;
    const types = eventTypes(tag);
    return {
      types,
      summaries: summaries(tag, types),
      tallies: tallies(tag, types),
      stream: (name: string) => `${tag}-${name}`,
      /** Appends one event to `${tag}-${stream}`; returns its global position. */
      append: async (stream: string, type: string, payload: EventData = {}) =>
        (await eventStore.appendToStream(`${tag}-${stream}`, [newEvent(type, payload)], { expectedVersion: 'any' })).lastPosition,
      runner: (projections: readonly Projection[], onError?: (error: ProjectionError) => void) => {
        const runner = new ProjectionRunner({ eventStore, readModels, projections, onError, retryPolicy: { initialDelayMs: 20, maxDelayMs: 100 } });
        runners.push(runner);
        return runner;
      },
      checkpoint: async (projection: Projection) =>
        (await readModels.collection<CheckpointView>(CHECKPOINTS_COLLECTION).findOne({ _id: projection.name }))?.position,
    };
  }

  it('projects the given events into documents, each stamped with its last event position', async () => {
    const { types, summaries, tallies, stream, append, runner } = scenario();
    await append('app-1', types.drafted, { title: 'Smart farm sensors', center: 'jeonbuk' });
    await append('app-1', types.memberAdded, { company: 'Agri Co' });
    await append('app-1', types.memberAdded, { company: 'Sensorix' });
    const submitted = await append('app-1', types.submitted);
    const secondDraft = await append('app-2', types.drafted, { title: 'Battery recycling', center: 'jeonbuk' });
    const thirdDraft = await append('app-3', types.drafted, { title: 'Survey drones', center: 'gangwon' });
    await append('app-3', types.withdrawn);
    const last = await append('app-1', types.renamed, { center: 'jeonbuk' });

    const projections = runner([summaries, tallies]);
    await projections.start();
    await projections.waitFor(last);

    expect(await readModels.collection<ApplicationSummary>(summaries.collection).find({}, { sort: { _id: 1 } })).toEqual([
      { _id: stream('app-1'), title: 'Smart farm sensors', center: 'jeonbuk', status: 'submitted', members: ['Agri Co', 'Sensorix'], _position: submitted },
      { _id: stream('app-2'), title: 'Battery recycling', center: 'jeonbuk', status: 'draft', members: [], _position: secondDraft },
    ]);
    expect(await readModels.collection<CenterTally>(tallies.collection).find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'gangwon', drafted: 1, _position: thirdDraft },
      { _id: 'jeonbuk', drafted: 2, _position: secondDraft },
    ]);
  });

  it('follows events appended after it has caught up', async () => {
    const { types, summaries, stream, append, runner } = scenario();
    const projections = runner([summaries]);
    await projections.start();
    await projections.waitFor(await eventStore.headPosition());

    const drafted = await append('app-1', types.drafted, { title: 'Hydrogen valves', center: 'ulsan' });
    await projections.waitFor(drafted);
    expect(await readModels.collection<ApplicationSummary>(summaries.collection).findOne({ _id: stream('app-1') })).toMatchObject({
      status: 'draft',
      _position: drafted,
    });
  });

  it('never applies an event twice, even when replayed from an older checkpoint', async () => {
    const { types, tallies, append, runner } = scenario();
    await append('app-1', types.drafted, { title: 'Smart glass', center: 'daegu' });
    const last = await append('app-2', types.drafted, { title: 'Textile AI', center: 'daegu' });
    const first = runner([tallies]);
    await first.start();
    await first.waitFor(last);
    await first.stop();

    await readModels.collection<CheckpointView>(CHECKPOINTS_COLLECTION).replaceOne({ _id: tallies.name }, { _id: tallies.name, position: 0 });
    const replay = runner([tallies]);
    await replay.start();
    await replay.waitFor(last);

    expect(await readModels.collection<CenterTally>(tallies.collection).findOne({ _id: 'daegu' })).toEqual({ _id: 'daegu', drafted: 2, _position: last });
  });

  it('resumes from its checkpoint after a restart instead of replaying', async () => {
    const { types, summaries, stream, append, runner, checkpoint } = scenario();
    const drafted = await append('app-1', types.drafted, { title: 'Cold chain IoT', center: 'jeju' });
    const first = runner([summaries]);
    await first.start();
    await first.waitFor(drafted);
    await first.stop();
    expect(await checkpoint(summaries)).toBe(drafted);

    // A replay from 0 would bring this document back; resuming from the checkpoint does not.
    await readModels.collection(summaries.collection).deleteOne({ _id: stream('app-1') });
    const later = await append('app-2', types.drafted, { title: 'Port logistics', center: 'jeju' });
    const second = runner([summaries]);
    await second.start();
    await second.waitFor(later);

    const documents = await readModels.collection<ApplicationSummary>(summaries.collection).find({});
    expect(documents.map((document) => document._id)).toEqual([stream('app-2')]);
  });

  it('rebuilds a projection from position 0 into a fresh collection with its indexes', async () => {
    const { types, summaries, stream, append, runner } = scenario();
    await append('app-1', types.drafted, { title: 'Wave energy', center: 'jeonnam' });
    const last = await append('app-1', types.submitted);
    const projections = runner([summaries]);
    await projections.start();
    await projections.waitFor(last);

    const collection = readModels.collection<ApplicationSummary & { _position: number }>(summaries.collection);
    await collection.insertOne({ _id: 'stray', title: 'Left over', center: 'nowhere', status: 'draft', members: [], _position: 1 });
    await collection.updateOne({ _id: stream('app-1') }, { $set: { status: 'corrupted' } });

    await projections.rebuild(summaries.name);
    await projections.waitFor(last);

    expect(await collection.find({})).toEqual([
      { _id: stream('app-1'), title: 'Wave energy', center: 'jeonnam', status: 'submitted', members: [], _position: last },
    ]);
    await expect(
      collection.insertOne({ _id: 'copy', title: 'Wave energy', center: 'jeonnam', status: 'draft', members: [], _position: 1 }),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  it('reports state, position and lag behind the head', async () => {
    const { types, summaries, append, runner } = scenario();
    const last = await append('app-1', types.drafted, { title: 'Robot welding', center: 'gyeongnam' });
    const projections = runner([summaries]);

    expect(await projections.status()).toEqual([{ projection: summaries.name, state: 'stopped', position: 0, lag: last }]);
    await projections.start();
    await projections.waitFor(last);
    await eventually(async () => ((await projections.status())[0]?.state === 'live' ? true : undefined), 5_000, 'the projection to go live');
    expect(await projections.status()).toEqual([{ projection: summaries.name, state: 'live', position: last, lag: 0 }]);
    await projections.stop();
    expect((await projections.status())[0]?.state).toBe('stopped');
  });

  it('rejects waitFor with a ProjectionTimeoutError when the position is not reached in time', async () => {
    const { summaries, runner } = scenario();
    const projections = runner([summaries]);
    await projections.start();
    const head = await eventStore.headPosition();

    const error = await projections.waitFor(head + 10, { timeoutMs: 300 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProjectionTimeoutError);
    expect(error).toMatchObject({ projection: summaries.name, awaited: head + 10, reached: head });
  });

  it('waits, for what an append wrote, only on the projections that read it', async () => {
    const { types, summaries, tallies, append, runner } = scenario();
    const stuck: Projection<CenterTally> = {
      ...tallies,
      apply: () => {
        throw new Error('tally book lost');
      },
    };
    const projections = runner([summaries, stuck]);
    await projections.start();
    await append('app-1', types.drafted, { title: 'Hydrogen valves', center: 'gyeongnam' });
    const submitted = await append('app-1', types.submitted);

    await projections.waitFor(submitted, { timeoutMs: 5_000, eventTypes: [types.submitted] });
    await expect(projections.waitFor(submitted, { timeoutMs: 300, eventTypes: [types.drafted, types.submitted] })).rejects.toMatchObject({
      projection: stuck.name,
    });
    await expect(projections.waitFor(submitted, { timeoutMs: 300 })).rejects.toBeInstanceOf(ProjectionTimeoutError);
  });

  it('retries a failing event, visibly, without rejecting waiters, and goes on once apply is fixed', async () => {
    const { types, summaries, stream, append, runner, checkpoint } = scenario();
    let broken = true;
    const failing: Projection<ApplicationSummary> = {
      ...summaries,
      apply: (doc, event, id) => {
        if (broken && event.type === types.submitted) throw new Error('scoresheet missing');
        return summaries.apply(doc, event, id);
      },
    };
    const drafted = await append('app-1', types.drafted, { title: 'Bio plastics', center: 'chungbuk' });
    const submitted = await append('app-1', types.submitted);
    const last = await append('app-1', types.memberAdded, { company: 'Polymerix' });
    const reported: ProjectionError[] = [];
    const projections = runner([failing], (error) => reported.push(error));
    await projections.start();

    await expect(projections.waitFor(last, { timeoutMs: 500 })).rejects.toBeInstanceOf(ProjectionTimeoutError);
    expect(reported.length).toBeGreaterThanOrEqual(2);
    expect(reported[0]).toMatchObject({ projection: failing.name, position: submitted, eventType: types.submitted, streamId: stream('app-1') });
    expect(reported[0]?.message).toContain('scoresheet missing');
    const [status] = await projections.status();
    expect(status).toMatchObject({ state: 'retrying', position: drafted, retry: { lastError: reported[0]?.message } });
    expect(status?.state === 'retrying' && status.retry.attempt).toBeGreaterThanOrEqual(2);
    expect(await checkpoint(failing)).toBe(drafted);
    expect(await readModels.collection<ApplicationSummary>(failing.collection).findOne({ _id: stream('app-1') })).toMatchObject({
      status: 'draft',
      members: [],
    });

    broken = false;
    await projections.waitFor(last);
    expect(await readModels.collection<ApplicationSummary>(failing.collection).findOne({ _id: stream('app-1') })).toMatchObject({
      status: 'submitted',
      members: ['Polymerix'],
      _position: last,
    });
  });

  it('saves its checkpoint past events it does not handle', async () => {
    const { types, summaries, append, runner, checkpoint } = scenario();
    await append('center-1', types.renamed, { center: 'sejong' });
    const last = await append('center-1', types.renamed, { center: 'sejong-si' });
    const projections = runner([summaries]);
    await projections.start();
    await projections.waitFor(last);

    await eventually(async () => ((await checkpoint(summaries)) === last ? true : undefined), 30_000, 'the checkpoint to reach the head');
    expect(await readModels.collection(summaries.collection).count()).toBe(0);
  });
});
