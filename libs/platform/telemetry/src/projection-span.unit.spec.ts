import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import pino from 'pino';
import { inProjectionSpan, MAX_PROJECTION_LINKS } from './projection-span';
import { startTracing } from './service-tracing';

const traceparent = (trace: number, span: number) => `00-${trace.toString(16).padStart(32, '0')}-${span.toString(16).padStart(16, '0')}-01`;
const event = (position: number, context?: string) => ({ position, metadata: context === undefined ? {} : { traceContext: { traceparent: context } } });

describe('a span per projected batch', () => {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing({ serviceName: 'yunghap-centers', destination: { kind: 'exporter', exporter } }, pino({ level: 'silent' }));
  afterEach(() => exporter.reset());
  afterAll(() => tracing.shutdown());

  it('joins the trace of a batch that one request appended, linking its other spans', async () => {
    await inProjectionSpan(tracing.tracer, 'routing-view', [event(7, traceparent(1, 2)), event(8, traceparent(1, 3)), event(9)], async () => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'project routing-view', kind: SpanKind.INTERNAL });
    expect(span.spanContext().traceId).toBe(traceparent(1, 2).slice(3, 35));
    expect(span.parentSpanContext?.spanId).toBe('0000000000000002');
    expect(span.links.map((link) => link.context.spanId)).toEqual(['0000000000000003']);
    expect(span.attributes).toMatchObject({
      'yunghap.projection': 'routing-view',
      'yunghap.projection.from_position': 7,
      'yunghap.projection.to_position': 9,
      'yunghap.projection.event_count': 3,
    });
  });

  it('starts its own trace for a batch of many traces, linked to a bounded number of them', async () => {
    const events = Array.from({ length: 100 }, (_, index) => event(index + 1, traceparent(index + 1, 1)));
    await inProjectionSpan(tracing.tracer, 'center-view', events, async () => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.links).toHaveLength(MAX_PROJECTION_LINKS);
  });

  it('does only the work when tracing is off or the batch is empty', async () => {
    await expect(inProjectionSpan(undefined, 'center-view', [event(1, traceparent(1, 1))], async () => 'done')).resolves.toBe('done');
    await inProjectionSpan(tracing.tracer, 'center-view', [], async () => undefined);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
