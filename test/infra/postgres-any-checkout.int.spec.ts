import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

// A checkout the `postgres` system user cannot traverse (root's home is mode 700): the
// script must still start, report and stop the server, and `rm -rf .infra` must reset it.
const repoRoot = path.resolve(__dirname, '..', '..');
const port = 55439;
const asRoot = process.getuid?.() === 0;
const rootOnly = asRoot ? it : it.skip;

function copyScripts(checkout: string): void {
  for (const part of ['infra.sh', 'lib', 'postgres']) {
    fs.cpSync(path.join(repoRoot, 'deploy/local', part), path.join(checkout, 'deploy/local', part), { recursive: true });
  }
}

function infra(checkout: string, ...args: string[]): { code: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, POSTGRES_PORT: String(port) };
  delete env['INFRA_DIR'];
  const run = spawnSync('bash', [path.join(checkout, 'deploy/local/infra.sh'), ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

async function query(sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: `postgres://yunghap@127.0.0.1:${port}/yunghap` });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('deploy/local PostgreSQL from a checkout in a mode-700 folder', () => {
  let checkout = '';
  let stateDir = '';

  beforeAll(() => {
    if (!asRoot) return;
    checkout = fs.mkdtempSync(path.join(os.homedir(), 'yunghap-checkout-'));
    fs.chmodSync(checkout, 0o700);
    copyScripts(checkout);
  });

  afterAll(() => {
    if (!asRoot) return;
    infra(checkout, 'down', 'postgres');
    if (stateDir) fs.rmSync(path.dirname(stateDir), { recursive: true, force: true });
    fs.rmSync(checkout, { recursive: true, force: true });
  });

  rootOnly(
    '[root only: skipped for other users, who run the server as themselves] starts, reports and stops as root, keeps the cluster outside the checkout, and resets with rm -rf .infra',
    async () => {
      expect(fs.statSync(os.homedir()).mode & 0o077).toBe(0);

      const up = infra(checkout, 'up', 'postgres');
      expect(up).toMatchObject({ code: 0 });
      const link = path.join(checkout, '.infra/postgres');
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      stateDir = fs.realpathSync(link);
      expect(stateDir.startsWith(checkout)).toBe(false);
      expect(fs.existsSync(path.join(stateDir, 'data/PG_VERSION'))).toBe(true);

      const status = infra(checkout, 'status', 'postgres');
      expect(status.code).toBe(0);
      expect(status.output).toContain(`running on 127.0.0.1:${port}`);
      await query('CREATE TABLE kept_until_reset (id int)');

      expect(infra(checkout, 'down', 'postgres').code).toBe(0);
      expect(infra(checkout, 'status', 'postgres').code).toBe(3);

      expect(infra(checkout, 'up', 'postgres').code).toBe(0);
      expect(await query(`SELECT to_regclass('kept_until_reset') IS NOT NULL AS kept`)).toEqual([{ kept: true }]);
      expect(infra(checkout, 'down', 'postgres').code).toBe(0);

      fs.rmSync(path.join(checkout, '.infra'), { recursive: true, force: true });
      const fresh = infra(checkout, 'up', 'postgres');
      expect(fresh.code).toBe(0);
      expect(fresh.output).toContain('was removed: starting over');
      expect(await query(`SELECT to_regclass('kept_until_reset') IS NOT NULL AS kept`)).toEqual([{ kept: false }]);
    },
  );
});
