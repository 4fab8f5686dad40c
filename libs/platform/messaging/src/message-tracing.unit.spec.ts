import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing, traceContextIn } from '@yunghap/telemetry';
import pino from 'pino';
import { Delivery, OutgoingMessage } from './message-bus.port';
import { MessageTracing, processInSpan, publishInSpans } from './message-tracing';
import { testMessage } from './testing/test-messages';

const REQUEST = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
const traceparent = `00-${REQUEST.traceId}-${REQUEST.spanId}-01`;
const topic = 'yunghap.centers.events';

describe('tracing what the relay publishes and the consumers handle', () => {
  const exporter = new InMemorySpanExporter();
  const service = startTracing({ serviceName: 'yunghap-centers', destination: { kind: 'exporter', exporter } }, pino({ level: 'silent' }));
  const tracing: MessageTracing = { tracer: service.tracer!, system: 'kafka' };
  afterEach(() => exporter.reset());
  afterAll(() => service.shutdown());

  it('publishes each message in a PRODUCER span under the context its row kept, and sends the span on in its stead', async () => {
    const kept: OutgoingMessage = { topic, message: testMessage('jeju'), headers: { traceparent, tracestate: 'yh=1', 'x-other': 'kept' } };
    const fresh: OutgoingMessage = { topic, message: testMessage('seoul') };
    const sent: OutgoingMessage[] = [];
    await publishInSpans(tracing, [kept, fresh], async (messages) => void sent.push(...messages));

    const [child, root] = exporter.getFinishedSpans();
    expect(child).toMatchObject({ name: `send ${topic}`, kind: SpanKind.PRODUCER });
    expect(child.parentSpanContext?.spanId).toBe(REQUEST.spanId);
    expect(child.spanContext().traceId).toBe(REQUEST.traceId);
    expect(child.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.destination.name': topic,
      'messaging.message.id': kept.message.messageId,
      'messaging.operation.type': 'send',
    });
    expect(sent[0].headers).toEqual({ traceparent: `00-${REQUEST.traceId}-${child.spanContext().spanId}-01`, tracestate: 'yh=1', 'x-other': 'kept' });
    expect(root.parentSpanContext).toBeUndefined();
    expect(sent[1].headers).toEqual({ traceparent: `00-${root.spanContext().traceId}-${root.spanContext().spanId}-01` });
  });

  it('marks every span of a batch the bus refused', async () => {
    await expect(publishInSpans(tracing, [{ topic, message: testMessage('jeju') }], () => Promise.reject(new Error('broker away')))).rejects.toThrow(
      'broker away',
    );
    expect(exporter.getFinishedSpans()[0].status).toEqual({ code: SpanStatusCode.ERROR, message: 'broker away' });
  });

  const delivery = (headers: Delivery['headers']): Delivery => ({ topic, partition: 2, offset: '41', message: testMessage('jeju'), headers });

  it('handles a delivery in a CONSUMER span, the child of its headers, active for the handler', async () => {
    const inside = await processInSpan(tracing, 'applications.routing-replica', delivery({ traceparent }), async () => traceContextIn());
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: `process ${topic}`, kind: SpanKind.CONSUMER });
    expect(span.parentSpanContext?.spanId).toBe(REQUEST.spanId);
    expect(span.attributes).toMatchObject({
      'messaging.consumer.group.name': 'applications.routing-replica',
      'messaging.destination.partition.id': '2',
      'messaging.kafka.offset': 41,
    });
    expect(inside?.traceparent).toBe(`00-${REQUEST.traceId}-${span.spanContext().spanId}-01`);
  });

  it.each([
    ['without trace context', {}],
    ['with a malformed traceparent', { traceparent: '00-zz-yy-01', tracestate: '%%%' }],
  ])('handles a delivery %s in a new trace', async (_case, headers) => {
    await expect(processInSpan(tracing, 'grants.selection-facts', delivery(headers), async () => 'handled')).resolves.toBe('handled');
    const [span] = exporter.getFinishedSpans();
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.spanContext().traceId).not.toBe(REQUEST.traceId);
  });

  it('leaves messages and handlers as they are without tracing', async () => {
    const message: OutgoingMessage = { topic, message: testMessage('jeju'), headers: { traceparent } };
    const sent: OutgoingMessage[] = [];
    await publishInSpans(undefined, [message], async (messages) => void sent.push(...messages));
    expect(sent).toEqual([message]);
    await expect(processInSpan(undefined, 'x', delivery({ traceparent }), async (span) => span.isRecording())).resolves.toBe(false);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
