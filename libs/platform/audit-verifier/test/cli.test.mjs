import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { describe, it } from 'node:test';
import { fileURLToPath, URL } from 'node:url';
import { fileOf, validPacket } from './support/packets.mjs';

const BIN = fileURLToPath(new URL('../bin/yunghap-verify.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'yunghap-verify-'));
const { packet, keys } = validPacket();

/**
 * @param {string} name
 * @param {string | Uint8Array} content
 */
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** @param {string[]} args */
function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const valid = file('valid.json', fileOf(packet));
const trusted = file('trusted.txt', `# published keys\n\n${keys.grants.verifierKey}\n  ${keys.applications.verifierKey}  \r\n`);

describe('yunghap-verify', () => {
  it('exits 0 with a summary, and warns that the keys came from the packet when none were given', () => {
    const { status, stdout } = run(valid);
    assert.equal(status, 0);
    assert.match(stdout, /^통과: .+\(accepted: the evidence packet passed every check\)/);
    for (const expected of [
      '대상 (subject): grant g0',
      '트리 크기 (tree size): 13',
      `서명한 키 (signed by): ${keys.grants.label}`,
      '공동 서명 (cosignatures): 1',
      '사건 수 (events): 5',
    ]) {
      assert.ok(stdout.includes(expected), expected);
    }
    assert.match(stdout, /warning: the keys were taken from the packet itself.+\/\.well-known\/yunghap-audit-keys/);
    assert.ok(stdout.includes(`${keys.grants.label}, ${keys.applications.label}`));
  });

  it('exits 0 without the warning when every key is trusted', () => {
    const { status, stdout } = run(valid, '--trusted-keys', trusted);
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /warning/);
  });

  it('exits 1 with the first failure when the packet is rejected', () => {
    const tampered = file('tampered.json', fileOf({ ...packet, logs: [packet.logs[0], { ...packet.logs[1], events: [] }] }));
    const { status, stdout } = run(tampered);
    assert.equal(status, 1);
    assert.match(stdout, /^거부: 봉인이 꾸러미와 맞지 않습니다.+\(rejected: the seal does not match the packet: .+\) — test\.local\/grants\n$/);
    const untrusted = run(valid, `--trusted-keys=${file('grants-only.txt', `${keys.grants.verifierKey}\n`)}`);
    assert.equal(untrusted.status, 1);
    assert.match(untrusted.stdout, /is not among the trusted keys\) — test\.local\/applications/);
  });

  it('exits 2 on a usage error, a file it cannot read, or a trusted-keys file with a bad key', () => {
    assert.equal(run().status, 2);
    assert.equal(run(valid, valid).status, 2);
    assert.equal(run(valid, '--keys', trusted).status, 2);
    assert.equal(run(valid, '--trusted-keys').status, 2);
    assert.match(run(join(dir, 'missing.json')).stderr, /cannot read the packet/);
    assert.equal(run(join(dir, 'missing.json')).status, 2);
    assert.equal(run(valid, '--trusted-keys', join(dir, 'missing.txt')).status, 2);
    const bad = run(valid, '--trusted-keys', file('bad.txt', `${keys.grants.verifierKey}\nnot a key\n`));
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /trusted-keys file, line 2: the verifier key "not a key" is not/);
  });

  it('prints its usage with --help', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.match(stdout, /usage\): yunghap-verify <packet.json> \[--trusted-keys <file>\]/);
  });
});
