import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import pino from 'pino';
import { traceLogFields } from './log-fields';
import { startTracing } from './service-tracing';
import { inSpan } from './spans';
import { contextFrom, traceContextIn } from './trace-context';

const silent = pino({ level: 'silent' });
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('a service tracing into an exporter of its own', () => {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing({ serviceName: 'yunghap-grants', destination: { kind: 'exporter', exporter } }, silent);
  afterEach(() => exporter.reset());
  afterAll(() => tracing.shutdown());

  it('names its spans after the service, and keeps a span active across everything the work awaits', async () => {
    let inside: ReturnType<typeof traceContextIn>;
    await inSpan(tracing.tracer, 'command OpenProgram', { kind: SpanKind.INTERNAL }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      inside = traceContextIn();
    });
    const [span] = exporter.getFinishedSpans();
    expect(span.resource.attributes).toMatchObject({ 'service.name': 'yunghap-grants', 'service.namespace': 'yunghap' });
    expect(inside!.traceparent).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    expect(traceContextIn()).toBeUndefined();
  });

  it('continues a remote parent, and records a failure on the span before throwing it on', async () => {
    await expect(
      inSpan(tracing.tracer, 'work', {}, async () => Promise.reject(new Error('store down')), contextFrom({ traceparent: TRACEPARENT })),
    ).rejects.toThrow('store down');
    const [span] = exporter.getFinishedSpans();
    expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'store down' });
    expect(span.events.map((event) => event.name)).toEqual(['exception']);
  });

  it('gives log lines written inside a span its ids, and none outside', async () => {
    expect(traceLogFields()).toEqual({});
    const fields = await inSpan(tracing.tracer, 'work', {}, async () => traceLogFields());
    const { traceId, spanId } = exporter.getFinishedSpans()[0].spanContext();
    expect(fields).toEqual({ trace_id: traceId, span_id: spanId, trace_flags: '01' });
  });

  it('leaves the exporter to its owner at shutdown: flushed, still readable', async () => {
    const own = new InMemorySpanExporter();
    const other = startTracing({ serviceName: 'yunghap-centers', destination: { kind: 'exporter', exporter: own } }, silent);
    await inSpan(other.tracer, 'seed', {}, async () => undefined);
    await other.shutdown();
    await other.shutdown();
    expect(own.getFinishedSpans().map((span) => span.name)).toEqual(['seed']);
  });
});

describe('tracing off', () => {
  it('has no tracer, and work runs as it is with a span that records nothing', async () => {
    const tracing = startTracing({ serviceName: 'yunghap-grants', destination: null }, silent);
    expect(tracing.tracer).toBeUndefined();
    const span = await inSpan(tracing.tracer, 'ignored', {}, async (given) => given);
    expect(span.isRecording()).toBe(false);
    expect(trace.getSpan(context.active())).toBeUndefined();
    await tracing.shutdown();
  });
});
