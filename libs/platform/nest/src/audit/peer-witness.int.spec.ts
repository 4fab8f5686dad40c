import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { InProcessMessageBus } from '@yunghap/messaging';
import { eventually } from '@yunghap/testing';
import { deriveNoteKeyPair, generateNoteKeyPair, openNote, parseSignerKey, signCheckpoint } from '@yunghap/transparency-log';
import { WITNESS_FORMAT } from '@yunghap/audit-log';
import { runtimeHealthProbe } from '../runtime/runtime-health';
import { ServiceRuntime } from '../runtime/service-runtime';
import { memoryAuditConfig, signingKeyOf } from './audit-config';
import { BusCheckpointWitness } from './checkpoint-topic';

const event = () => ({
  eventId: randomUUID(),
  type: 'Noted',
  data: { n: 1 },
  metadata: {
    actor: { userId: 'pm-kim', role: 'program-manager' as const },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
  },
});

/** Two services of one process on one bus: each witnesses the other's checkpoints. */
describe('services witnessing each other’s checkpoints over the bus', () => {
  const logger = pino({ level: 'silent' });
  let bus: InProcessMessageBus;
  let grants: ServiceRuntime;
  let mentoring: ServiceRuntime;

  beforeEach(async () => {
    bus = new InProcessMessageBus({ logger });
    grants = await ServiceRuntime.open('grants', { mode: 'single-process', dataDir: null }, logger, { bus });
    mentoring = await ServiceRuntime.open('mentoring', { mode: 'single-process', dataDir: null }, logger, { bus });
    for (const runtime of [grants, mentoring]) {
      runtime.start([], []);
      await runtime.ready();
    }
    // The witness subscribes in the background; a checkpoint sent before it joined would pass it by.
    await mentoring.auditLog.followingPeers();
  });
  afterEach(async () => {
    await grants.stop();
    await mentoring.stop();
    await bus.close();
  });

  const witnessedByMentoring = () => mentoring.store.auditTree.latestWitnessed(grants.auditLog.keys.origin);

  it('countersigns each checkpoint that extends the last one it saw, with its own key', async () => {
    await grants.store.appendToStream('s-1', [event(), event()], { expectedVersion: 'no-stream' });
    await grants.auditLog.keeper.checkpointCovering(2);
    await eventually(async () => ((await witnessedByMentoring())?.treeSize === 2 ? true : undefined), 10_000, 'mentoring witnessing size 2');
    await grants.store.appendToStream('s-1', [event()], { expectedVersion: 2 });
    await grants.auditLog.keeper.checkpointCovering(3);
    await eventually(async () => ((await witnessedByMentoring())?.treeSize === 3 ? true : undefined), 10_000, 'mentoring witnessing size 3');

    const note = (await witnessedByMentoring())!.note;
    const opened = openNote(note, [...grants.auditLog.keys.verifiers, ...mentoring.auditLog.keys.verifiers]);
    expect(opened.signatures.map((signature) => signature.name).sort()).toEqual([grants.auditLog.keys.origin, mentoring.auditLog.keys.origin].sort());
    expect(mentoring.auditLog.peerWitness.forks).toEqual([]);
    expect((await runtimeHealthProbe(mentoring)())['auditLog']).toMatchObject({ status: 'ok', forks: 0 });
  });

  it('refuses a checkpoint that contradicts one it countersigned, and degrades its health', async () => {
    await grants.store.appendToStream('s-2', [event(), event()], { expectedVersion: 'no-stream' });
    await grants.auditLog.keeper.checkpointCovering(2);
    await eventually(async () => ((await witnessedByMentoring())?.treeSize === 2 ? true : undefined), 10_000, 'mentoring witnessing size 2');

    // The grants log signing a second history (its database rewritten, its witness folder lost):
    // another root for a larger tree, with no proof that it extends the first.
    const origin = grants.auditLog.keys.origin;
    const signer = parseSignerKey(deriveNoteKeyPair(signingKeyOf(memoryAuditConfig()), origin).signerKey);
    const note = signCheckpoint({ origin, size: 3, rootHash: new Uint8Array(32).fill(7) }, [signer]);
    await new BusCheckpointWitness(bus).record({
      format: WITNESS_FORMAT,
      origin,
      treeSize: 3,
      previousTreeSize: 2,
      note,
      leafHashes: [],
      consistencyProof: [],
    });

    await eventually(() => (mentoring.auditLog.peerWitness.forks.length > 0 ? true : undefined), 10_000, 'a fork alarm');
    expect(mentoring.auditLog.peerWitness.forks).toMatchObject([{ origin, treeSize: 3 }]);
    expect((await witnessedByMentoring())?.treeSize).toBe(2);
    expect((await runtimeHealthProbe(mentoring)())['auditLog']).toMatchObject({ status: 'degraded', forks: 1, detail: expect.stringContaining(origin) });
  });

  it('refuses a checkpoint its log’s key did not sign, and remembers nothing of it', async () => {
    const origin = grants.auditLog.keys.origin;
    const stranger = generateNoteKeyPair(origin);
    const note = signCheckpoint({ origin, size: 1, rootHash: new Uint8Array(32) }, [parseSignerKey(stranger.signerKey)]);
    const entry = { format: WITNESS_FORMAT, origin, treeSize: 1, previousTreeSize: 0, note, leafHashes: [], consistencyProof: [] } as const;

    expect(await mentoring.auditLog.peerWitness.witness(entry, new Date())).toBe('unsigned');
    expect(await witnessedByMentoring()).toBeNull();
  });
});
