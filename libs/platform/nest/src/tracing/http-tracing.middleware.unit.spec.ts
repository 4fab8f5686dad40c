import { Controller, Get, INestApplication, Module, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { traceLogFields } from '@yunghap/telemetry';
import request from 'supertest';
import { DEVELOPMENT_JWT_SECRET } from '../auth/auth.config';
import { issueToken } from '../auth/issue-token';
import { Roles } from '../auth/roles.decorator';
import { PlatformModule } from '../bootstrap/platform.module';
import { loadServiceConfig } from '../config/service-config';
import { TRACE_RESPONSE_HEADER } from './http-tracing.middleware';

@Controller('api/probe')
class ProbeController {
  @Roles('program-manager')
  @Get('lines/:lineId')
  read(@Param('lineId') lineId: string) {
    return { lineId, log: traceLogFields() };
  }

  @Roles('program-manager')
  @Get('broken')
  broken() {
    throw new Error('the handler broke');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const pm = `Bearer ${issueToken({ sub: 'pm-1', role: 'program-manager' }, DEVELOPMENT_JWT_SECRET)}`;
const CLIENT = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };

describe('a SERVER span per HTTP request', () => {
  let app: INestApplication;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    const config = loadServiceConfig('grants', { LOG_LEVEL: 'silent' });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forService({ ...config, tracing: { ...config.tracing, destination: { kind: 'exporter', exporter } } }), ProbeModule],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterEach(() => exporter.reset());
  afterAll(() => app.close());

  const onlySpan = () => eventuallySpan(exporter);

  it('names the span after the route, keeps it active for the handler, and names the trace in the answer', async () => {
    const answer = await request(app.getHttpServer()).get('/api/probe/lines/it-convergence?at=now').set('Authorization', pm).expect(200);
    const span = await onlySpan();
    const { traceId, spanId } = span.spanContext();
    expect(span).toMatchObject({ name: 'GET /api/probe/lines/:lineId', kind: SpanKind.SERVER });
    expect(span.attributes).toEqual({
      'http.request.method': 'GET',
      'url.path': '/api/probe/lines/it-convergence',
      'http.route': '/api/probe/lines/:lineId',
      'http.response.status_code': 200,
    });
    expect(span.resource.attributes['service.name']).toBe('yunghap-grants');
    expect(answer.headers[TRACE_RESPONSE_HEADER]).toBe(`00-${traceId}-${spanId}-01`);
    expect(answer.body.log).toEqual({ trace_id: traceId, span_id: spanId, trace_flags: '01' });
  });

  it("continues the client's traceparent", async () => {
    await request(app.getHttpServer())
      .get('/api/probe/lines/x')
      .set('Authorization', pm)
      .set('traceparent', `00-${CLIENT.traceId}-${CLIENT.spanId}-01`)
      .expect(200);
    const span = await onlySpan();
    expect(span.spanContext().traceId).toBe(CLIENT.traceId);
    expect(span.parentSpanContext?.spanId).toBe(CLIENT.spanId);
  });

  it('ignores a malformed traceparent and starts a new trace', async () => {
    await request(app.getHttpServer()).get('/api/probe/lines/x').set('Authorization', pm).set('traceparent', `00-${CLIENT.traceId}`).expect(200);
    const span = await onlySpan();
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.spanContext().traceId).not.toBe(CLIENT.traceId);
  });

  it('marks a 5xx as an error of the span, and a refused request (401) not', async () => {
    const failed = await request(app.getHttpServer()).get('/api/probe/broken').set('Authorization', pm).expect(500);
    expect((await onlySpan()).status.code).toBe(SpanStatusCode.ERROR);
    expect(failed.headers[TRACE_RESPONSE_HEADER]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    exporter.reset();
    await request(app.getHttpServer()).get('/api/probe/lines/x').expect(401);
    expect(await onlySpan()).toMatchObject({ name: 'GET /api/probe/lines/:lineId', status: { code: SpanStatusCode.UNSET } });
  });

  it('leaves the probes /health and /metrics untraced', async () => {
    const health = await request(app.getHttpServer()).get('/health').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(health.headers[TRACE_RESPONSE_HEADER]).toBeUndefined();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe('HTTP with tracing off', () => {
  it('answers without a trace header', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forService(loadServiceConfig('grants', { LOG_LEVEL: 'silent' })), ProbeModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const answer = await request(app.getHttpServer()).get('/api/probe/lines/x').set('Authorization', pm).expect(200);
    expect(answer.headers[TRACE_RESPONSE_HEADER]).toBeUndefined();
    expect(answer.body.log).toEqual({});
    await app.close();
  });
});

/** The span ends when the answer is finished, which can be a moment after supertest has it. */
async function eventuallySpan(exporter: InMemorySpanExporter): Promise<ReadableSpan> {
  for (let tries = 0; tries < 50 && exporter.getFinishedSpans().length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0];
}
