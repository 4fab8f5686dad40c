import { Link, ROOT_CONTEXT, Span, SpanKind, trace, Tracer } from '@opentelemetry/api';
import { YUNGHAP_ATTRIBUTES } from './semantic-attributes';
import { inSpan, NON_RECORDING_SPAN } from './spans';
import { TracedRecord, traceContextOf } from './trace-context';

/** Links a span of a catch-up batch keeps at most (a batch holds up to a thousand events). */
export const MAX_PROJECTION_LINKS = 32;

/**
 * Runs `work` (projecting `events`, in order) in a span `project <projection>`. When the batch's
 * traced events all belong to one trace (the usual live batch: what one request appended) the span
 * is part of that trace; a batch that mixes traces (a catch-up) starts its own, linked to theirs.
 * Example: `await inProjectionSpan(tracer, projection.name, events, (span) => projectBatch(…))`
 */
export function inProjectionSpan<T>(
  tracer: Tracer | undefined,
  projection: string,
  events: readonly (TracedRecord & { readonly position: number })[],
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (tracer === undefined || events.length === 0) return work(NON_RECORDING_SPAN);
  const parents = new Map<string, Link>();
  for (const event of events) {
    const spanContext = trace.getSpanContext(traceContextOf(event));
    if (spanContext === undefined || parents.size >= MAX_PROJECTION_LINKS) continue;
    parents.set(`${spanContext.traceId}-${spanContext.spanId}`, { context: spanContext });
  }
  const links = [...parents.values()];
  const oneTrace = links.length > 0 && links.every((link) => link.context.traceId === links[0].context.traceId);
  const attributes = {
    [YUNGHAP_ATTRIBUTES.projection]: projection,
    [YUNGHAP_ATTRIBUTES.fromPosition]: events[0].position,
    [YUNGHAP_ATTRIBUTES.toPosition]: events[events.length - 1].position,
    [YUNGHAP_ATTRIBUTES.eventCount]: events.length,
  };
  const parent = oneTrace ? trace.setSpanContext(ROOT_CONTEXT, links[0].context) : ROOT_CONTEXT;
  return inSpan(tracer, `project ${projection}`, { kind: SpanKind.INTERNAL, attributes, links: oneTrace ? links.slice(1) : links }, work, parent);
}
