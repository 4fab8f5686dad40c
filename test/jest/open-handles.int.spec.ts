import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The guards of docs/operations.md "Timeouts and hangs", run on files that break them on purpose
// (`*.fixture.ts`, which no project's test match picks up).
const root = path.resolve(__dirname, '..', '..');
// The preset is plain CommonJS outside the TypeScript project; loaded at run time like Jest does.
const loadPreset = () => import(path.join(root, 'jest.preset.js')) as Promise<{ jestProject: (dir: string, overrides: object) => object }>;

async function runFixture(name: string, extra: string[] = []): Promise<{ code: number | null; output: string }> {
  const { jestProject } = await loadPreset();
  const config = jestProject(path.join(__dirname, 'fixtures'), { testMatch: [`**/${name}`], forceExit: true });
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '--config', JSON.stringify(config), '--ci', ...extra], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('a test run cannot hang', () => {
  it('fails a file that leaves a server listening, names the server, and exits', async () => {
    const run = await runFixture('leaks-a-server.fixture.ts');
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/listening on 127\.0\.0\.1:\d+/);
  });

  it('fails a hook that never settles at the tier timeout instead of waiting', async () => {
    const run = await runFixture('never-settles.fixture.ts', ['--testTimeout', '2000']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Exceeded timeout of 2000 ms for a hook/);
  });
});
