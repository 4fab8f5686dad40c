import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../../support/local-platform';

/** A packet as `GET /api/grants/audit/evidence/{grantId}` answers it (docs/audit.md §3). */
export interface Packet {
  readonly subject: string;
  readonly logs: readonly { readonly origin: string; readonly checkpoint: string; readonly events: readonly { readonly record: string }[] }[];
  readonly seal: string;
}

const copy = (packet: Packet): Packet => JSON.parse(JSON.stringify(packet)) as Packet;

/**
 * The tamperings both verifiers must reject, made from a real packet: an amount changed in a
 * record, an event dropped, the grants log's checkpoint swapped for another log's.
 */
export function tampered(packet: Packet): Record<string, Packet> {
  const changedAmount = copy(packet);
  const withAmount = changedAmount.logs[0].events.find((event) => /"amount(Won)?":\d+/.test(event.record)) as { record: string };
  withAmount.record = withAmount.record.replace(
    /"amount(Won)?":(\d+)/,
    (_all, won: string | undefined, digits: string) => `"amount${won ?? ''}":${Number(digits) + 1}`,
  );

  const dropped = copy(packet);
  (dropped.logs[0].events as unknown[]).splice(1, 1);

  const foreign = copy(packet);
  (foreign.logs[0] as { checkpoint: string }).checkpoint = packet.logs[1].checkpoint;
  return { 'changed-amount': changedAmount, 'dropped-event': dropped, 'foreign-checkpoint': foreign };
}

/** The JavaScript verifier's verdict on a packet file, as an auditor runs it (`npx yunghap-verify`). */
export function verdictOf(packetFile: string, trustedKeysFile: string): { readonly status: number | null; readonly output: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(workspaceRoot, 'libs/platform/audit-verifier/bin/yunghap-verify.mjs'), packetFile, '--trusted-keys', trustedKeysFile],
    {
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * Writes the packet, its tampered copies, the trusted keys and expected.tsv into
 * dist/evidence-e2e/<folder>, where test/audit/run.sh has both verifiers check them.
 */
export function writeEvidenceFixtures(
  folder: string,
  packet: Packet,
  trustedKeys: readonly string[],
): { readonly dir: string; readonly files: Record<string, string> } {
  const dir = path.join(workspaceRoot, 'dist', 'evidence-e2e', folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'trusted-keys.txt'), `${trustedKeys.join('\n')}\n`);
  const packets = { valid: packet, ...tampered(packet) };
  const files: Record<string, string> = {};
  const expected: string[] = [];
  for (const [name, content] of Object.entries(packets)) {
    files[name] = path.join(dir, `${name}.json`);
    writeFileSync(files[name], JSON.stringify(content, null, 1));
    expected.push(`${name}.json\t${name === 'valid' ? 'accept' : 'reject'}\ttrusted-keys.txt`);
  }
  writeFileSync(path.join(dir, 'expected.tsv'), `${expected.join('\n')}\n`);
  return { dir, files };
}
