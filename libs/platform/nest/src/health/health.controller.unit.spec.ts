import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PlatformModule } from '../bootstrap/platform.module';
import { loadServiceConfig } from '../config/service-config';
import { HealthCheck, HealthProbe } from './health-report';
import { HEALTH_PROBES } from './health.di-tokens';

/** A service whose parts report what the test hands it. */
async function serviceReporting(probes: HealthProbe[]): Promise<INestApplication> {
  @Module({ providers: [{ provide: HEALTH_PROBES, useValue: probes }], exports: [HEALTH_PROBES] })
  class ProbesModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [PlatformModule.forService(loadServiceConfig('grants', { LOG_LEVEL: 'silent' })), { module: ProbesModule, global: true }],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

const reporting =
  (checks: Record<string, HealthCheck>): HealthProbe =>
  () =>
    Promise.resolve(checks);

describe('GET /health', () => {
  let app: INestApplication | undefined;
  afterEach(() => app?.close());

  it('answers 200 ok with every check when all are ok, and 200 degraded when one is', async () => {
    app = await serviceReporting([
      reporting({ eventStore: { status: 'ok', latencyMs: 2 } }),
      reporting({ 'consumer:grants.on-x': { status: 'degraded', detail: '3건 보류 (3 parked)' } }),
    ]);
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'degraded',
      service: 'grants',
      checks: { eventStore: { status: 'ok', latencyMs: 2 }, 'consumer:grants.on-x': { status: 'degraded', detail: '3건 보류 (3 parked)' } },
    });
  });

  it('answers 503 with Retry-After and keeps the checks in the body when a dependency is down', async () => {
    app = await serviceReporting([
      reporting({ eventStore: { status: 'down', detail: '이벤트 저장소에 연결할 수 없음 (event store unreachable): ECONNREFUSED' } }),
    ]);
    const res = await request(app.getHttpServer()).get('/health').expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.status).toBe('down');
    expect(res.body.checks.eventStore.detail).toContain('ECONNREFUSED');
  });

  it('answers 503 starting while the service starts', async () => {
    app = await serviceReporting([reporting({ startup: { status: 'starting', detail: 'consumers joining' } }), reporting({ eventStore: { status: 'ok' } })]);
    const res = await request(app.getHttpServer()).get('/health').expect(503);
    expect(res.body.status).toBe('starting');
  });

  it('counts a probe that throws or does not answer within 2 s as down, and still answers', async () => {
    const never: HealthProbe = () => new Promise(() => undefined);
    const failing: HealthProbe = () => Promise.reject(new Error('socket hang up'));
    app = await serviceReporting([never, failing]);
    const res = await request(app.getHttpServer()).get('/health').expect(503);
    expect(res.body.checks).toEqual({
      probe1: { status: 'down', detail: expect.stringContaining('2000 ms') },
      probe2: { status: 'down', detail: 'socket hang up' },
    });
  });
});
