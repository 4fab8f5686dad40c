import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, it } from 'node:test';
import { Rejection, verifyPacket } from '../src/index.mjs';
import { fileOf, logOf, makeRecords, newKey, sealed, signedNote, validPacket } from './support/packets.mjs';

/**
 * A deep copy to tamper with.
 * @template T
 * @param {T} value
 * @returns {any}
 */
const copy = (value) => JSON.parse(JSON.stringify(value));

/**
 * @param {unknown} packet
 * @param {string} english    a part of the rejection's English text
 * @param {{ trustedKeys?: Set<string>, origin?: string }} [options]
 */
function assertRejected(packet, english, { trustedKeys, origin } = {}) {
  assert.throws(
    () => verifyPacket(fileOf(packet), { trustedKeys }),
    (error) => {
      assert.ok(error instanceof Rejection, `expected a Rejection, got ${String(error)}`);
      assert.ok(error.english.includes(english), `expected "${english}" in: ${error.message}`);
      if (origin !== undefined) assert.equal(error.origin, origin);
      assert.match(error.message, /^거부: .+ \(rejected: .+\)/);
      return true;
    },
  );
}

describe('a valid packet', () => {
  it('passes, with what its logs say and who signed', () => {
    const { packet, keys } = validPacket();
    const verified = verifyPacket(fileOf(packet));
    assert.equal(verified.subject, 'grant g0');
    assert.deepEqual(verified.sealedBy, [keys.grants.label]);
    assert.deepEqual(
      verified.logs.map(({ origin, treeSize, signedBy, cosigners, events }) => ({ origin, treeSize, signedBy, cosigners, events })),
      [
        { origin: 'test.local/grants', treeSize: 13, signedBy: [keys.grants.label], cosigners: [keys.witness.label], events: 5 },
        { origin: 'test.local/applications', treeSize: 6, signedBy: [keys.applications.label], cosigners: [], events: 2 },
      ],
    );
  });

  it('passes with trusted keys that hold all of its keys', () => {
    const { packet, keys } = validPacket();
    assert.doesNotThrow(() => verifyPacket(fileOf(packet), { trustedKeys: new Set([keys.grants.verifierKey, keys.applications.verifierKey]) }));
  });

  it('passes with a log of no events and a checkpoint with an extension line', () => {
    const key = newKey('test.local/empty');
    const log = logOf({ origin: 'test.local/empty', records: makeRecords(2), key, indexes: [] });
    const [origin, size, root] = log.checkpoint.split('\n');
    log.checkpoint = signedNote(`${origin}\n${size}\n${root}\nextension line\n`, [key]);
    assert.doesNotThrow(() => verifyPacket(fileOf(sealed({ format: 'yunghap-evidence/1', subject: 's', generatedAt: 't', logs: [log] }, key))));
  });
});

describe('check 1: the file is a packet', () => {
  it('rejects a file that is not JSON, or not UTF-8', () => {
    assert.throws(() => verifyPacket(Buffer.from('{"format":')), /the file is not UTF-8 JSON/);
    assert.throws(() => verifyPacket(Buffer.from([0x7b, 0xff, 0x7d])), /the file is not UTF-8 JSON/);
  });

  it('rejects another format, a packet without logs, and a value where a string belongs', () => {
    const { packet } = validPacket();
    assertRejected({ ...packet, format: 'yunghap-evidence/2' }, 'the format is not yunghap-evidence/1');
    assertRejected({ ...packet, logs: [] }, 'the packet has no logs');
    assertRejected({ ...packet, logs: {} }, 'logs is not an array');
    assertRejected({ ...packet, subject: 7 }, 'subject is not a string');
    const tampered = copy(packet);
    tampered.logs[1].events[0].record = JSON.parse(tampered.logs[1].events[0].record);
    assertRejected(tampered, 'logs[1].events[0].record is not a string');
    tampered.logs[1].events[0].record = packet.logs[1].events[0].record;
    tampered.logs[0].verifierKeys = [null];
    assertRejected(tampered, 'logs[0].verifierKeys[0] is not a string');
  });
});

describe("check 2: the log's keys and checkpoint", () => {
  it('rejects a verifier key that does not parse, or whose key id is not its key', () => {
    const { packet, keys } = validPacket();
    const tampered = copy(packet);
    tampered.logs[0].verifierKeys = ['test.local/grants+zz'];
    assertRejected(tampered, 'is not <name>+<key id>+<base64 key>', { origin: 'test.local/grants' });
    tampered.logs[0].verifierKeys = [keys.grants.verifierKey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')];
    assertRejected(tampered, 'is not its public key', { origin: 'test.local/grants' });
  });

  it('rejects a key missing from the trusted keys', () => {
    const { packet, keys } = validPacket();
    assertRejected(packet, `the verifier key ${keys.applications.label} is not among the trusted keys`, {
      trustedKeys: new Set([keys.grants.verifierKey]),
      origin: 'test.local/applications',
    });
  });

  it('rejects a checkpoint signed only by other keys', () => {
    const { packet, keys } = validPacket();
    const tampered = copy(packet);
    tampered.logs[1].verifierKeys = [newKey('test.local/applications').verifierKey];
    assertRejected(tampered, `the checkpoint carries no valid signature by test.local/applications+`, { origin: 'test.local/applications' });
    assert.ok(keys.applications.label.startsWith('test.local/applications+'));
  });

  it("rejects a checkpoint whose log key's signature does not verify", () => {
    const { packet, keys } = validPacket();
    const tampered = copy(packet);
    tampered.logs[1].checkpoint = tampered.logs[1].checkpoint.replace(/\n\n/, '\nextension\n\n');
    assertRejected(tampered, `the signature of ${keys.applications.label} on the checkpoint does not verify`);
  });

  it('rejects a note without a blank line or with a malformed signature line', () => {
    const { packet } = validPacket();
    const tampered = copy(packet);
    tampered.logs[1].checkpoint = tampered.logs[1].checkpoint.replace('\n\n', '\n');
    assertRejected(tampered, 'there is no blank line before the signatures');
    tampered.logs[1].checkpoint = `${packet.logs[1].checkpoint}- not a signature\n`;
    assertRejected(tampered, 'a signature line is not');
    tampered.logs[1].checkpoint = packet.logs[1].checkpoint.replace('\n\n', '\n\t\n\n');
    assertRejected(tampered, 'it contains the control character U+0009');
  });

  it('rejects a signed text that is not a checkpoint', () => {
    const { keys } = validPacket();
    /** @param {string} text */
    const withCheckpoint = (text) => {
      const log = {
        ...logOf({ origin: 'test.local/grants', records: makeRecords(2), key: keys.grants, indexes: [] }),
        checkpoint: signedNote(text, [keys.grants]),
      };
      return { format: 'yunghap-evidence/1', subject: 's', generatedAt: 't', logs: [log], seal: '' };
    };
    const root = Buffer.alloc(32).toString('base64');
    assertRejected(withCheckpoint(`test.local/grants\n02\n${root}\n`), 'the tree size "02" is not a decimal without leading zeros');
    assertRejected(withCheckpoint(`test.local/grants\n2\n${Buffer.alloc(31).toString('base64')}\n`), 'the root hash is not base64 of 32 bytes');
    assertRejected(withCheckpoint(`test.local/grants\n2\n${root}\n\nx\n`), 'an extension line is empty');
    assertRejected(withCheckpoint(`test.local/grants\n2\n`), 'it needs an origin, a tree size and a root hash line');
  });

  it("rejects another log's checkpoint, signed and with its keys (a foreign checkpoint)", () => {
    const { packet, keys } = validPacket();
    const tampered = copy(packet);
    tampered.logs[0].checkpoint = packet.logs[1].checkpoint;
    tampered.logs[0].verifierKeys = [keys.applications.verifierKey];
    assertRejected(tampered, "the checkpoint is another log's (test.local/applications)", { origin: 'test.local/grants' });
  });
});

describe('check 3: each event is in the checkpoint', () => {
  it('rejects an index that is not a non-negative integer, or not below the tree size', () => {
    const { packet } = validPacket();
    for (const index of [-1, 1.5, '3']) {
      const tampered = copy(packet);
      tampered.logs[0].events[1].index = index;
      assertRejected(tampered, 'the index of events[1] is not a non-negative integer', { origin: 'test.local/grants' });
    }
    const tampered = copy(packet);
    tampered.logs[0].events[1].index = 13;
    assertRejected(tampered, "the index of event 13 is not below the checkpoint's tree size 13");
  });

  it('rejects a record that is not a JSON object, or not at its position', () => {
    const { packet } = validPacket();
    const tampered = copy(packet);
    tampered.logs[0].events[1].record = '[1]';
    assertRejected(tampered, 'the record of event 3 is not a JSON object');
    tampered.logs[0].events[1] = { ...packet.logs[0].events[1], index: 4 };
    assertRejected(tampered, 'the record of event 4 has position 4, not 5');
  });

  it('rejects an edited record, an altered or shortened proof, and a proof hash that is not one', () => {
    const { packet } = validPacket();
    const edited = copy(packet);
    edited.logs[0].events[2].record = edited.logs[0].events[2].record.replace('"amount":7000000', '"amount":7000001');
    assertRejected(edited, 'the inclusion proof of event 6 does not lead to the checkpoint', { origin: 'test.local/grants' });
    const altered = copy(packet);
    altered.logs[0].events[2].inclusionProof[1] = Buffer.alloc(32, 7).toString('base64');
    assertRejected(altered, 'the inclusion proof of event 6 does not lead to the checkpoint');
    altered.logs[0].events[2].inclusionProof = packet.logs[0].events[2].inclusionProof.slice(1);
    assertRejected(altered, 'the inclusion proof of event 6 does not lead to the checkpoint');
    altered.logs[0].events[2].inclusionProof = ['AAE='];
    assertRejected(altered, 'the inclusion proof of event 6 holds something that is not base64 of a 32-byte hash');
  });
});

describe('check 4: the hash chain of each stream', () => {
  /**
   * A packet whose log (signed, proved, sealed) holds `records` as given.
   * @param {Record<string, unknown>[]} records
   * @param {number[]} indexes
   */
  function packetOf(records, indexes) {
    const key = newKey('test.local/grants');
    const log = logOf({ origin: 'test.local/grants', records, key, indexes });
    return sealed({ format: 'yunghap-evidence/1', subject: 's', generatedAt: 't', logs: [log] }, key);
  }

  it('rejects a version whose previousHash is not the hash of the version before', () => {
    const records = makeRecords(9);
    records[6].previousHash = 'f'.repeat(64);
    assertRejected(packetOf(records, [3, 6]), 'the previousHash of version 3 of stream grant-g0 is not the hash of version 2 (event 6)', {
      origin: 'test.local/grants',
    });
    assert.doesNotThrow(() => verifyPacket(fileOf(packetOf(records, [0, 6]))), 'versions 1 and 3 are not neighbours');
  });

  it('rejects a first version with a previousHash', () => {
    const records = makeRecords(4);
    records[1].previousHash = 'a'.repeat(64);
    assertRejected(packetOf(records, [1]), 'version 1 of stream grant-g1 has a previousHash, which must be null (event 1)');
  });

  it('rejects the same version of a stream twice', () => {
    const records = makeRecords(6);
    records[4] = { ...records[4], streamId: 'grant-g0', version: 2 };
    assertRejected(packetOf(records, [3, 4]), 'stream grant-g0 holds version 2 twice');
  });

  it('rejects a record without the chain fields', () => {
    const records = makeRecords(4);
    records[2] = { ...records[2], version: '1' };
    assertRejected(packetOf(records, [2]), 'the record of event 2 lacks a string streamId, a positive integer version');
  });
});

describe('check 5: the seal', () => {
  it('rejects a packet without its last event, or any event', () => {
    const { packet } = validPacket();
    const withoutLast = copy(packet);
    withoutLast.logs[1].events.pop();
    assertRejected(withoutLast, 'the seal does not match the packet: line 11 of the seal is "leaf 2 ', { origin: 'test.local/grants' });
    const withoutMiddle = copy(packet);
    withoutMiddle.logs[0].events.splice(2, 1);
    assertRejected(withoutMiddle, 'the seal does not match the packet: line 6 of the seal is "leaf 6 ');
  });

  it('rejects another subject, or logs in another order', () => {
    const { packet } = validPacket();
    assertRejected({ ...packet, subject: 'grant g1' }, 'line 2 of the seal is "grant g0", the packet gives "grant g1"');
    assertRejected({ ...packet, logs: [packet.logs[1], packet.logs[0]] }, 'the seal carries no valid signature by test.local/applications+');
  });

  it("rejects a seal signed by a key that is not the first log's", () => {
    const { packet, keys } = validPacket();
    assertRejected(sealed(packet, keys.applications), `the seal carries no valid signature by ${keys.grants.label} (signed by: ${keys.applications.label})`);
    assertRejected(sealed(packet, keys.witness), 'the seal carries no valid signature');
  });

  it('rejects a seal whose signature does not verify', () => {
    const { packet, keys } = validPacket();
    assertRejected({ ...packet, seal: packet.seal.replace('grant g0', 'grant g1') }, `the signature of ${keys.grants.label} on the seal does not verify`);
  });
});
