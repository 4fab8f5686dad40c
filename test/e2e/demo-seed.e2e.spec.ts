import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { Platform, workspaceRoot } from '../support/local-platform';
import { startSingleProcessPlatform } from '../support/single-process-platform';
import { eventuallyGet, tokens } from './support/scenario-kit';

// Loaded by path like the launcher does: no project imports an application.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemo, DEMO_CALL_ID } = require(
  path.join(workspaceRoot, 'deploy', 'single-process', 'demo-seed'),
) as typeof import('../../deploy/single-process/demo-seed');

describe('npm start -- --demo', () => {
  let platform: Platform;
  beforeAll(async () => (platform = await startSingleProcessPlatform()));
  afterAll(() => platform?.stop());

  it('seeds a call with four consortia through the public APIs, once', async () => {
    const logger = pino({ level: 'silent' });
    await seedDemo(platform.urls, logger);
    await seedDemo(platform.urls, logger);

    const list = await request(platform.urls.applications)
      .get('/api/applications/centers/jungbu/applications')
      .query({ callId: DEMO_CALL_ID })
      .set('Authorization', tokens.jungbuStaff)
      .expect(200);
    expect(list.body.items).toHaveLength(4);
    expect(list.body.items.filter((a: { status: string }) => a.status === 'screened-ineligible')).toHaveLength(1);
    const open = await eventuallyGet<{ items: unknown[] }>(
      platform.urls.evaluation,
      `/api/evaluation/evaluations?callId=${DEMO_CALL_ID}&status=open`,
      tokens.pm,
      (b) => b.items.length === 1,
      'one evaluation left open for the members',
    );
    expect(open.items).toHaveLength(1);
    // The two evaluated consortia pass and are ranked for selection in grants.
    const candidates = await eventuallyGet<{ items: { passed: boolean | null; rank: number | null }[] }>(
      platform.urls.grants,
      `/api/grants/calls/${DEMO_CALL_ID}/candidates`,
      tokens.pm,
      (b) => b.items.filter((candidate) => candidate.passed).length === 2,
      'two ranked candidates',
    );
    expect(candidates.items.filter((candidate) => candidate.passed).map((candidate) => candidate.rank)).toEqual([1, 2]);
  });
});
