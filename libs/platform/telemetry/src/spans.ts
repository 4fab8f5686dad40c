import { Context, context, INVALID_SPAN_CONTEXT, Span, SpanOptions, SpanStatusCode, trace, Tracer } from '@opentelemetry/api';

/** Handed to work when tracing is off: every call on it does nothing. */
export const NON_RECORDING_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `work` in a span that is active for everything it awaits, and ends it when `work` settles;
 * a failure is recorded on the span and thrown on. Without a tracer (tracing off) `work` runs as
 * it is, with a span that records nothing, so the cost of tracing off is one branch.
 * Example: `await inSpan(tracer, 'command ReassignProvince', { attributes }, async (span) => { …; span.setAttribute(k, v); })`
 */
export async function inSpan<T>(
  tracer: Tracer | undefined,
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  if (tracer === undefined) return work(NON_RECORDING_SPAN);
  const span = tracer.startSpan(name, options, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Records `error` on the span and marks it failed. */
export function markFailed(span: Span, error: unknown, message?: string): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: message ?? (error instanceof Error ? error.message : String(error)) });
}
