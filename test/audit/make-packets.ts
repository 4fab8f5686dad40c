// Writes evidence packets for the two verifiers (libs/platform/audit-verifier, test/audit/go-verifier)
// into <outDir>: one valid packet, tampered copies each verifier must reject, and expected.tsv.
// Usage: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/audit/make-packets.ts <outDir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemblePacket, EvidencePacket } from '@yunghap/audit-log';
import type { RecordedEvent } from '@yunghap/event-store';
import { PacketDraft, tamper } from './fixtures/packet-draft';
import { applicationsHistory, applicationStream, grantsHistory, grantStream, SUBJECT_AWARD } from './fixtures/program-histories';
import { FixtureKey, fixtureKey, SignedLog } from './fixtures/signed-log';
import { rechain, recordHistory } from './fixtures/synthetic-history';

const GRANTS = 'yunghap.local/grants';
const APPLICATIONS = 'yunghap.local/applications';
const SUBJECT = `grant ${SUBJECT_AWARD.grant}`;
const GENERATED_AT = '2026-12-04T10:00:00.000Z';
const AMOUNT = `"amount":${SUBJECT_AWARD.amount}`;

type Verdict = 'accept' | 'reject';
interface Case {
  readonly file: string;
  readonly verdict: Verdict;
  /** The trusted-keys file to verify with, or '-' for the packet's own keys. */
  readonly keys: string;
}

/** The subject's events in each log: its grant's stream, its candidacy and its line's entries; its application's stream. */
const inGrantPacket = (event: RecordedEvent) =>
  event.streamId === grantStream(SUBJECT_AWARD.grant) ||
  event.streamId === `candidate-${SUBJECT_AWARD.application}` ||
  JSON.stringify(event.data).includes(SUBJECT_AWARD.grant);
const inApplicationPacket = (event: RecordedEvent) => event.streamId === applicationStream(SUBJECT_AWARD.application);

async function packetOf(grants: SignedLog, applications: SignedLog, sealer: FixtureKey, grantsCheckpoint = grants.checkpoint): Promise<EvidencePacket> {
  const logs = [await grants.evidence(inGrantPacket, grantsCheckpoint), await applications.evidence(inApplicationPacket)];
  return assemblePacket(SUBJECT, GENERATED_AT, logs, sealer.signer);
}

/** The subject's award, `amount` changed to `edited` in the grant's stream (proposal and approval). */
function withAwardEdited(events: readonly RecordedEvent[], edited: number): RecordedEvent[] {
  return events.map((event) =>
    event.streamId === grantStream(SUBJECT_AWARD.grant) && (event.data as { amount?: number }).amount === SUBJECT_AWARD.amount
      ? { ...event, data: { ...(event.data as object), amount: edited } }
      : event,
  );
}

async function main(outDir: string): Promise<void> {
  const keys = {
    grants: fixtureKey(GRANTS, 'grants'),
    applications: fixtureKey(APPLICATIONS, 'applications'),
    witness: fixtureKey('witness.yunghap.local', 'witness'),
  };
  const grantEvents = recordHistory(GRANTS, grantsHistory());
  const grants = new SignedLog(GRANTS, grantEvents, keys.grants);
  const applications = new SignedLog(APPLICATIONS, recordHistory(APPLICATIONS, applicationsHistory()), keys.applications);
  const valid = await packetOf(grants, applications, keys.grants);
  const packets: Record<string, EvidencePacket | PacketDraft> = { valid };
  const cases: Case[] = [];
  const expect = (file: string, verdict: Verdict, keysFile = '-') => cases.push({ file, verdict, keys: keysFile });

  expect('valid', 'accept');
  expect('valid', 'accept', 'trusted-keys.txt');
  // Every key of the packet has to be trusted, the second log's included.
  expect('valid', 'reject', 'trusted-keys-grants-only.txt');

  packets['valid-with-cosignature'] = await packetOf(grants, applications, keys.grants, grants.cosignedBy(keys.witness));
  expect('valid-with-cosignature', 'accept');
  expect('valid-with-cosignature', 'accept', 'trusted-keys.txt');

  const grantEvidence = valid.logs[0].events;
  const middle = Math.floor(grantEvidence.length / 2);
  const approval = grantEvidence.findIndex((event) => event.record.includes('"type":"AwardApproved"'));
  const tampered: Record<string, (draft: PacketDraft) => void> = {
    'changed-amount': (draft) => {
      draft.logs[0].events[approval].record = draft.logs[0].events[approval].record.replace(AMOUNT, `"amount":${SUBJECT_AWARD.amount * 10}`);
    },
    'dropped-middle-event': (draft) => void draft.logs[0].events.splice(middle, 1),
    'dropped-last-event': (draft) => void draft.logs[draft.logs.length - 1].events.pop(),
    'foreign-checkpoint': (draft) => {
      draft.logs[0].checkpoint = valid.logs[1].checkpoint;
      draft.logs[0].verifierKeys = [...valid.logs[1].verifierKeys];
    },
    'altered-proof-hash': (draft) => {
      const proof = draft.logs[0].events[middle].inclusionProof;
      const hash = Buffer.from(proof[1], 'base64');
      hash[7] ^= 0x01;
      proof[1] = hash.toString('base64');
    },
    'wrong-index': (draft) => {
      draft.logs[0].events[middle].index += 1;
    },
    'swapped-records': (draft) => {
      const events = draft.logs[0].events;
      [events[1].record, events[2].record] = [events[2].record, events[1].record];
    },
  };
  for (const [file, change] of Object.entries(tampered)) {
    packets[file] = tamper(valid, change);
    expect(file, 'reject');
  }

  // Valid in every part but signed over by the applications service's key: only the issuing log's keys seal.
  packets['seal-by-other-key'] = await packetOf(grants, applications, keys.applications);
  expect('seal-by-other-key', 'reject');

  // The log itself holds a broken link (version 3 of the grant names version 1's hash, not version 2's),
  // signed and proved as it stands: only the stream check sees it.
  const versionOf = (version: number) => grantEvents.find((event) => event.streamId === grantStream(SUBJECT_AWARD.grant) && event.version === version);
  const skipping = versionOf(1)?.hash ?? null;
  const broken = grantEvents.map((event) => (event === versionOf(3) ? { ...event, previousHash: skipping } : event));
  packets['broken-chain'] = await packetOf(new SignedLog(GRANTS, broken, keys.grants), applications, keys.grants);
  expect('broken-chain', 'reject');

  // An attacker who edits the award and rebuilds everything (chains, trees, checkpoints, seal) under keys of
  // his own, named as the real ones: consistent in itself, so caught only against the published keys.
  const attacker = { grants: fixtureKey(GRANTS, 'attacker grants'), applications: fixtureKey(APPLICATIONS, 'attacker applications') };
  const forgedGrants = new SignedLog(GRANTS, rechain(withAwardEdited(grantEvents, SUBJECT_AWARD.amount * 10)), attacker.grants);
  packets['resigned-by-attacker'] = await packetOf(forgedGrants, new SignedLog(APPLICATIONS, applications.events, attacker.applications), attacker.grants);
  expect('resigned-by-attacker', 'accept');
  expect('resigned-by-attacker', 'reject', 'trusted-keys.txt');

  mkdirSync(outDir, { recursive: true });
  for (const [name, packet] of Object.entries(packets)) writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(packet, null, 2)}\n`);
  const published = `# The verifier keys of the fixture services, as GET /.well-known/yunghap-audit-keys would list them\n`;
  writeFileSync(join(outDir, 'trusted-keys.txt'), `${published}${keys.grants.verifierKey}\n${keys.applications.verifierKey}\n`);
  writeFileSync(join(outDir, 'trusted-keys-grants-only.txt'), `${published}${keys.grants.verifierKey}\n`);
  writeFileSync(join(outDir, 'expected.tsv'), cases.map(({ file, verdict, keys: keysFile }) => `${file}.json\t${verdict}\t${keysFile}\n`).join(''));
  process.stdout.write(`${Object.keys(packets).length} packets, ${cases.length} expected verdicts in ${outDir}\n`);
}

const [outDir] = process.argv.slice(2);
if (outDir === undefined) {
  process.stderr.write('usage: make-packets.ts <outDir>\n');
  process.exit(2);
}
main(outDir).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
