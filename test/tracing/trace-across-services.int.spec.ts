import path from 'node:path';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { InProcessMessageBus, KafkaMessageBus, MessageBus, NamespacedMessageBus } from '@yunghap/messaging';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ServiceModuleFactory } from '@yunghap/platform-nest';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import { traceContextOf } from '@yunghap/telemetry';
import { eventually, localEngines, requireEngine } from '@yunghap/testing';
import pino from 'pino';
import request from 'supertest';
import { dropNamespace } from '../support/local-platform';

const workspaceRoot = path.resolve(__dirname, '..', '..');
/** Loaded by path, like the launcher loads services: no project imports an application. */
const serviceModule = (service: string, file: string, name: string): ServiceModuleFactory =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require(path.join(workspaceRoot, 'services', service, 'src', file)) as Record<string, { register: ServiceModuleFactory }>)[name].register;

const pm = bearer({ role: 'program-manager', sub: 'pm-park' });
const silent = pino({ level: 'silent' });

interface Bus {
  readonly bus: MessageBus;
  close(): Promise<void>;
}

/** The distributed mode's bus: Kafka, under a namespace of its own on the shared broker. */
async function kafkaBus(): Promise<Bus> {
  const engines = localEngines();
  await requireEngine(engines.kafka);
  const namespace = `trc${Date.now().toString(36)}`;
  const kafka = await KafkaMessageBus.connect({
    clientId: 'tracing-across-services',
    brokers: engines.kafka.brokers,
    logger: silent,
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 200, redeliveryDelayMs: 50 },
  });
  return { bus: new NamespacedMessageBus(kafka, namespace), close: async () => void (await kafka.close(), await dropNamespace(namespace)) };
}

/** The single-process mode's bus: one in-process bus that every service of the process shares. */
async function inProcessBus(): Promise<Bus> {
  const bus = new InProcessMessageBus({ logger: silent, redeliveryDelayMs: 20 });
  return { bus, close: () => bus.close() };
}

/**
 * A program manager moves 제주 to another center at the centers service; the change reaches the
 * applications service (its routing replica) through the outbox, the bus and a consumer. Every
 * step must be one trace: SERVER → command → PRODUCER → CONSUMER, and the replica's event keeps
 * the consumer's span for what it causes next.
 */
describe.each([
  ['over Kafka, as the distributed mode runs', kafkaBus],
  ['over the in-process bus, as the single process runs', inProcessBus],
])('one trace from an HTTP command to another service — %s', (_mode, openBus) => {
  const spans = new InMemorySpanExporter();
  let shared: Bus;
  let centers: TestService<MessageBus>;
  let applications: TestService<MessageBus>;

  beforeAll(async () => {
    shared = await openBus();
    // The consumer first, so the seed's routing and the change reach it as they would in production.
    applications = await startTestService('applications', serviceModule('applications', 'applications.module', 'ApplicationsModule'), {
      bus: shared.bus,
      spans,
    });
    centers = await startTestService('centers', serviceModule('centers', 'centers.module', 'CentersModule'), { bus: shared.bus, spans });
  });
  afterAll(async () => {
    await centers?.close();
    await applications?.close();
    await shared?.close();
  });

  it('links the request, the command, the relay, the consumer and the replicated event', async () => {
    const answer = await request(centers.http)
      .put(`/api/centers/routing/provinces/${encodeURIComponent('제주')}`)
      .set('Authorization', pm)
      .send({ centerId: 'jungbu', reason: '중부권으로 이관' })
      .expect(200);
    const traceId = /^00-([0-9a-f]{32})-[0-9a-f]{16}-0[01]$/.exec(answer.headers['traceresponse'])?.[1];
    expect(traceId).toBeDefined();

    const inTrace = () => spans.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const consumer = await eventually(() => inTrace().find((span) => span.kind === SpanKind.CONSUMER), 30_000, 'the consumer span of the change');
    const one = (kind: SpanKind, name: RegExp): ReadableSpan => {
      const found = inTrace().filter((span) => span.kind === kind && name.test(span.name));
      expect(found).toHaveLength(1);
      return found[0];
    };
    const server = one(SpanKind.SERVER, /^PUT \/api\/centers\/routing\/provinces\/:province$/);
    const command = one(SpanKind.INTERNAL, /^command ReassignProvince$/);
    const producer = one(SpanKind.PRODUCER, /^send yunghap\.centers\.events$/);

    expect(server.parentSpanContext).toBeUndefined();
    expect(command.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(producer.parentSpanContext?.spanId).toBe(command.spanContext().spanId);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect([server, command, producer].map((span) => span.resource.attributes['service.name'])).toEqual([
      'yunghap-centers',
      'yunghap-centers',
      'yunghap-centers',
    ]);
    expect(consumer.resource.attributes['service.name']).toBe('yunghap-applications');
    expect(command.attributes).toMatchObject({ 'yunghap.stream.id': expect.any(String), 'yunghap.event_store.position': expect.any(Number) });
    expect(consumer.attributes).toMatchObject({ 'messaging.consumer.group.name': 'applications.routing-replica', 'yunghap.consumer.outcome': 'handled' });
    expect(server.attributes).toMatchObject({ 'http.response.status_code': 200, 'http.route': '/api/centers/routing/provinces/:province' });

    // What the consumer appended carries its span on: the next hop continues this trace.
    const runtime = applications.app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false });
    const replicated = (await runtime.store.readAll()).filter((event) => trace.getSpanContext(traceContextOf(event))?.traceId === traceId);
    expect(replicated.map((event) => trace.getSpanContext(traceContextOf(event))?.spanId)).toEqual([consumer.spanContext().spanId]);

    // Each side's projections fold the events in the same trace: centers' under its command,
    // applications' routing replica under the consumer that appended its event.
    const projected = await eventually(
      () => {
        const spansOf = (service: string, parent: ReadableSpan) =>
          inTrace().filter(
            (span) =>
              span.name.startsWith('project ') &&
              span.resource.attributes['service.name'] === service &&
              span.parentSpanContext?.spanId === parent.spanContext().spanId,
          );
        const replica = spansOf('yunghap-applications', consumer).find((span) => span.name === 'project routing-replica');
        const centersSide = spansOf('yunghap-centers', command);
        return replica !== undefined && centersSide.length > 0 ? { replica, centersSide } : undefined;
      },
      30_000,
      'the projection spans of both services',
    );
    expect(projected.replica.attributes).toMatchObject({ 'yunghap.projection': 'routing-replica', 'yunghap.projection.event_count': expect.any(Number) });
    expect(projected.centersSide.every((span) => span.kind === SpanKind.INTERNAL)).toBe(true);
  });
});
