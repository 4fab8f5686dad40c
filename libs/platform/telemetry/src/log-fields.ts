import { context, isSpanContextValid, trace } from '@opentelemetry/api';

/** The trace fields of a log line (as OpenTelemetry's log data model names them) while a span is active; none otherwise. */
export interface TraceLogFields {
  readonly trace_id?: string;
  readonly span_id?: string;
  readonly trace_flags?: string;
}

/**
 * For a pino `mixin`: a log line written inside a span names it, so a line found in the logs
 * leads to its trace and a trace to its lines.
 */
export function traceLogFields(): TraceLogFields {
  const span = trace.getSpanContext(context.active());
  if (span === undefined || !isSpanContextValid(span)) return {};
  return { trace_id: span.traceId, span_id: span.spanId, trace_flags: span.traceFlags.toString(16).padStart(2, '0') };
}
