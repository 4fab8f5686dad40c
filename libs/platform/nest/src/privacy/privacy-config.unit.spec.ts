import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kekOf, loadPrivacyConfig } from './privacy-config';

const kek = randomBytes(32).toString('base64');

describe('loadPrivacyConfig', () => {
  it('keeps the keys apart from the events: PGlite files of their own, or a schema of their own on PostgreSQL', () => {
    expect(loadPrivacyConfig({}, { dataDir: '/srv/data' }).keyStore).toEqual({ kind: 'pglite', dir: '/srv/data/personal-keys' });
    expect(loadPrivacyConfig({ PERSONAL_DATA_DIR: '/keys' }, { dataDir: '/srv/data' }).keyStore).toEqual({ kind: 'pglite', dir: '/keys' });
    expect(loadPrivacyConfig({}, { dataDir: null }).keyStore).toEqual({ kind: 'memory' });
    const distributed = { postgresUrl: 'postgres://events@db/yunghap', namespace: 'e2e1', dataDir: '/srv/data' };
    expect(loadPrivacyConfig({}, distributed).keyStore).toEqual({ kind: 'postgres', url: 'postgres://events@db/yunghap', schemaPrefix: 'e2e1_' });
    expect(loadPrivacyConfig({ PERSONAL_DATA_POSTGRES_URL: 'postgres://keys@vault/keys' }, { ...distributed, namespace: null }).keyStore).toEqual({
      kind: 'postgres',
      url: 'postgres://keys@vault/keys',
      schemaPrefix: '',
    });
  });

  it('takes the operator’s KEK, refuses one that is not 32 bytes of base64, and refuses a development KEK in production', () => {
    expect(kekOf(loadPrivacyConfig({ PERSONAL_DATA_KEK: kek }, { dataDir: null }))).toEqual(new Uint8Array(Buffer.from(kek, 'base64')));
    expect(() => loadPrivacyConfig({ PERSONAL_DATA_KEK: randomBytes(16).toString('base64') }, { dataDir: null })).toThrow(/PERSONAL_DATA_KEK.*32 random bytes/);
    expect(() => loadPrivacyConfig({ NODE_ENV: 'production' }, { dataDir: '/srv/data' })).toThrow(/PERSONAL_DATA_KEK.*required when NODE_ENV=production/);
    expect(() => loadPrivacyConfig({ NODE_ENV: 'production', PERSONAL_DATA_KEK: kek }, { dataDir: '/srv/data' })).not.toThrow();
  });

  it('generates one development KEK per data folder, readable by its owner only, and reads the same one at every start', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-kek-'));
    try {
      const first = kekOf(loadPrivacyConfig({}, { dataDir }));
      expect(first).toHaveLength(32);
      expect(kekOf(loadPrivacyConfig({}, { dataDir }))).toEqual(first);
      expect(statSync(path.join(dataDir, 'personal-data-dev.kek')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reads retention periods per kind over the defaults, naming a malformed part', () => {
    expect(loadPrivacyConfig({ PERSONAL_DATA_RETENTION_DAYS: 'applicant=30' }, { dataDir: null }).retentionDays).toMatchObject({ applicant: 30, mentor: 1095 });
    expect(() => loadPrivacyConfig({ PERSONAL_DATA_RETENTION_DAYS: 'applicant:30' }, { dataDir: null })).toThrow(
      /PERSONAL_DATA_RETENTION_DAYS.*"applicant:30"/,
    );
  });
});
