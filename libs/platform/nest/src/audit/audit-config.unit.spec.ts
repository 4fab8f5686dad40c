import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateNoteKeyPair, verifierKeyOf } from '@yunghap/transparency-log';
import { loadAuditConfig, signingKeyOf } from './audit-config';

describe('loadAuditConfig', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yunghap-audit-config-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses to run in production without a signing key and a witness folder, naming the variable', () => {
    const key = generateNoteKeyPair('audit.yunghap.example').signerKey;
    expect(() => loadAuditConfig({ NODE_ENV: 'production', AUDIT_WITNESS_DIR: '/w' }, '/data')).toThrow(/AUDIT_SIGNING_KEY.*production/);
    expect(() => loadAuditConfig({ NODE_ENV: 'production', AUDIT_SIGNING_KEY: key }, '/data')).toThrow(/AUDIT_WITNESS_DIR/);
    expect(loadAuditConfig({ NODE_ENV: 'production', AUDIT_SIGNING_KEY: key, AUDIT_WITNESS_DIR: '/w' }, '/data')).toMatchObject({
      signingKey: { given: key },
      witnessDir: path.resolve('/w'),
    });
  });

  it('reads the key from a file, and refuses one that is not a signer key without echoing it', () => {
    const dir = tempDir();
    const key = generateNoteKeyPair('audit.yunghap.example').signerKey;
    writeFileSync(path.join(dir, 'key'), `${key}\n`);
    expect(signingKeyOf(loadAuditConfig({ AUDIT_SIGNING_KEY_FILE: path.join(dir, 'key') }, null))).toBe(key);
    const refusal = (() => {
      try {
        loadAuditConfig({ AUDIT_SIGNING_KEY: 'PRIVATE+KEY+secret-material' }, null);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toMatch(/AUDIT_SIGNING_KEY/);
    expect(refusal).not.toMatch(/secret-material/);
  });

  it('generates one development key into the data folder, private, and keeps it across starts', () => {
    const dir = tempDir();
    const config = loadAuditConfig({}, dir);
    const key = signingKeyOf(config);
    expect(signingKeyOf(loadAuditConfig({}, dir))).toBe(key);
    expect(statSync(path.join(dir, 'audit-dev-signing.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'audit-dev-signing.key'), 'utf8').trim()).toBe(key);
    expect(verifierKeyOf(key)).toMatch(/^yunghap\.dev\+/);
  });

  it('takes retired keys separated by commas or white space, and the checkpoint cadence', () => {
    const retired = [generateNoteKeyPair('a/grants').verifierKey, generateNoteKeyPair('a/mentoring').verifierKey];
    expect(
      loadAuditConfig({ AUDIT_RETIRED_KEYS: `${retired[0]},\n ${retired[1]}`, AUDIT_CHECKPOINT_EVERY: '10', AUDIT_CHECKPOINT_SECONDS: '5' }, null),
    ).toMatchObject({
      retiredKeys: retired,
      checkpointEveryEvents: 10,
      checkpointEveryMs: 5_000,
    });
    expect(() => loadAuditConfig({ AUDIT_RETIRED_KEYS: 'not-a-key' }, null)).toThrow(/AUDIT_RETIRED_KEYS/);
    expect(() => loadAuditConfig({ AUDIT_CHECKPOINT_EVERY: '0' }, null)).toThrow(/AUDIT_CHECKPOINT_EVERY/);
  });
});
