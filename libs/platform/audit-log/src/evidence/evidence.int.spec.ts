import { openPgliteEventStore, SqlEventStore } from '@yunghap/event-store';
import { testEvent } from '@yunghap/event-store/testing';
import { generateNoteKeyPair, openNote, parseVerifierKey } from '@yunghap/transparency-log';
import pino from 'pino';
import { logKeys } from '../audit-keys';
import { AuditLogKeeper } from '../log-keeper';
import { MemoryWitnessArchive } from '../memory-witness-archive';
import { checkEvidenceLog, EvidenceError } from './check-evidence-log';
import { collectEvidence } from './collect-evidence';
import { sealPacket } from './assemble-packet';
import { sealText } from './evidence-packet';

describe('a log’s part of an evidence packet', () => {
  const deployment = generateNoteKeyPair('audit.yunghap.test').signerKey;
  const keys = logKeys(deployment, 'applications', []);
  let store: SqlEventStore;
  let keeper: AuditLogKeeper;

  beforeEach(async () => {
    store = await openPgliteEventStore();
    keeper = new AuditLogKeeper({
      store,
      origin: keys.origin,
      signer: keys.signer,
      verifiers: keys.verifiers,
      archive: new MemoryWitnessArchive(),
      policy: { everyEvents: 1_000, everyMs: 60_000, settleMs: 0 },
      clock: () => new Date(),
      logger: pino({ level: 'silent' }),
    });
    keeper.start();
    await store.appendToStream('application-a1', [testEvent('Submitted', { applicationId: 'a1', requestedWon: 300_000_000 })], {
      expectedVersion: 'no-stream',
    });
    await store.appendToStream('application-b2', [testEvent('Submitted', { applicationId: 'b2' })], { expectedVersion: 'no-stream' });
    await store.appendToStream('committee-c', [testEvent('Ranked', { ranking: [{ applicationId: 'b2' }, { applicationId: 'a1' }] })], {
      expectedVersion: 'no-stream',
    });
  });
  afterEach(async () => {
    await keeper.stop();
    await store.close();
  });

  it('holds every event naming the subject at any depth, proved in a checkpoint signed for it', async () => {
    const part = await collectEvidence(store, keeper, keys, ['a1']);

    expect(part?.events.map((event) => JSON.parse(event.record).position)).toEqual([1, 3]);
    expect(
      openNote(
        part!.checkpoint,
        keys.verifiers.map((v) => v),
      ).text,
    ).toBe(`${keys.origin}\n3\n${part!.checkpoint.split('\n')[2]}\n`);
    expect(() => checkEvidenceLog(part!, keys.verifierKeys)).not.toThrow();
    expect(await collectEvidence(store, keeper, keys, ['nobody'])).toBeNull();
  });

  it('is refused when its records, proofs or checkpoint are not the log’s', async () => {
    const part = (await collectEvidence(store, keeper, keys, ['a1']))!;
    const edited = { ...part, events: [{ ...part.events[0], record: part.events[0].record.replace('300000000', '300000001') }, part.events[1]] };
    expect(() => checkEvidenceLog(edited, keys.verifierKeys)).toThrow(EvidenceError);
    const moved = { ...part, events: [{ ...part.events[0], index: 1 }] };
    expect(() => checkEvidenceLog(moved, keys.verifierKeys)).toThrow(/position/);
    const otherLog = logKeys(deployment, 'grants', []);
    expect(() => checkEvidenceLog({ ...part, origin: otherLog.origin }, otherLog.verifierKeys)).toThrow(/does not open/);
    expect(() => checkEvidenceLog(part, [generateNoteKeyPair(keys.origin).verifierKey])).toThrow(/does not open/);
  });

  it('is sealed with the issuer’s key over every checkpoint and leaf', async () => {
    const part = (await collectEvidence(store, keeper, keys, ['a1']))!;
    const packet = sealPacket('grant g-1', '2026-12-04T00:00:00.000Z', [part], keys.signer);
    const { text } = openNote(packet.seal, [parseVerifierKey(keys.verifierKeys[0])]);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['yunghap-evidence/1', 'grant g-1', `log ${keys.origin} 3 ${part.checkpoint.split('\n')[2]}`]);
    expect(lines.slice(3).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['leaf 0', 'leaf 2']);
    expect(text).toBe(
      sealText('grant g-1', [
        {
          origin: keys.origin,
          treeSize: 3,
          rootHash: part.checkpoint.split('\n')[2],
          leaves: lines.slice(3).map((line) => ({ index: Number(line.split(' ')[1]), leafHash: line.split(' ')[2] })),
        },
      ]),
    );
  });
});
