import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadAuditConfig, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { startTestService, TestService, testUsers } from '@yunghap/service-harness';
import { openCheckpoint, parseVerifierKey } from '@yunghap/transparency-log';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { auditor, candidate, finance, pm, staff } from '../testing/grants-test-kit';

describe('the audit log over HTTP (grants; every service serves the same)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-audit-log', 'call-audit-log', 300_000_000, 8_200);
  });
  afterAll(() => service.close());
  const runtime = () => service.app.get<ServiceRuntime>(SERVICE_RUNTIME);

  it('publishes every log’s verifier keys without sign-in, one origin per service under one deployment name', async () => {
    const { body } = await request(service.http).get('/.well-known/yunghap-audit-keys').expect(200);
    const origins = body.logs.map((log: { origin: string }) => log.origin);
    expect(origins).toEqual(
      ['applications', 'evaluation', 'grants', 'mentoring', 'centers'].map((name) => expect.stringMatching(new RegExp(`^[^/]+/${name}$`))),
    );
    for (const log of body.logs) expect(parseVerifierKey(log.verifierKeys[0]).name).toBe(log.origin);
  });

  it('signs a checkpoint its own published key opens, and verifies the log against its witnesses', async () => {
    const head = await runtime().store.headPosition();
    await runtime().auditLog.keeper.checkpointCovering(head);
    const { body: keys } = await request(service.http).get('/.well-known/yunghap-audit-keys').expect(200);
    const grants = keys.logs.find((log: { origin: string }) => log.origin.endsWith('/grants'));

    const { body: status } = await request(service.http).get('/api/grants/audit-log').set('Authorization', auditor).expect(200);
    expect(status.keeper).toMatchObject({ kind: 'keeping', checkpointSize: head });
    const { checkpoint } = openCheckpoint(status.latestCheckpoint.note, grants.verifierKeys.map(parseVerifierKey), grants.origin);
    expect(checkpoint.size).toBe(head);

    const { body: verification } = await request(service.http).get('/api/grants/audit-log/verify').set('Authorization', finance).expect(200);
    expect(verification).toMatchObject({
      ok: true,
      chain: { ok: true, firstBreak: null },
      log: { ok: true, logSize: head, uncovered: 0, firstAffectedPosition: null },
    });
    expect(verification.log.witnessed.treeSize).toBe(head);

    const { body: health } = await request(service.http).get('/health').expect(200);
    expect(health.checks.auditLog).toMatchObject({ status: 'ok', keeper: 'keeping' });
    const metrics = await request(service.http).get('/metrics').expect(200);
    expect(metrics.text).toContain('yunghap_audit_log_verified{service="grants"} 1');
    expect(metrics.text).toContain(`yunghap_audit_tree_size{of="checkpoint",service="grants"} ${head}`);
    expect(metrics.text).toContain('yunghap_audit_keeper_refusing{service="grants"} 0');
  });

  it('shows the audit log to auditors, finance and program managers only', async () => {
    for (const token of [auditor, finance, pm]) await request(service.http).get('/api/grants/audit-log').set('Authorization', token).expect(200);
    for (const token of [staff, testUsers.applicantOf('1234567891'), testUsers.memberOf('member-1', 'committee-1')]) {
      await request(service.http).get('/api/grants/audit-log').set('Authorization', token).expect(403);
      await request(service.http).get('/api/grants/audit-log/verify').set('Authorization', token).expect(403);
    }
    await request(service.http).get('/api/grants/audit-log/verify').expect(401);
  });
});

describe('the audit log disagreeing with its witnesses (PGlite files changed behind the service)', () => {
  it('names the edited event, degrades /health and raises the metric, after a restart on the same files', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-audit-http-'));
    const audit = loadAuditConfig({}, dataDir);
    let service = await startTestService('grants', GrantsModule.register, { dataDir, audit });
    await candidate(service, 'app-tampered', 'call-tampered', 200_000_000, 8_000);
    const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const head = await runtime.store.headPosition();
    await runtime.auditLog.keeper.checkpointCovering(head);
    await service.close();

    // Whoever can write the data folder is the database's superuser: one amount changed, triggers off.
    const pglite = new PGlite(path.join(dataDir, 'grants'));
    await pglite.exec(`SET session_replication_role = replica; UPDATE es_events SET data = jsonb_set(data, '{requestedWon}', '999000000') WHERE position = 2`);
    await pglite.close();

    service = await startTestService('grants', GrantsModule.register, { dataDir, audit });
    try {
      const { body } = await request(service.http).get('/api/grants/audit-log/verify').set('Authorization', auditor).expect(200);
      expect(body).toMatchObject({ ok: false, log: { ok: false, firstAffectedPosition: 2 } });
      const { body: health } = await request(service.http).get('/health').expect(200);
      expect(health.status).toBe('degraded');
      expect(health.checks.auditLog).toMatchObject({ status: 'degraded', detail: expect.stringContaining('at 2') });
      expect((await request(service.http).get('/metrics')).text).toContain('yunghap_audit_log_verified{service="grants"} 0');
    } finally {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
