import { Context, context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * A span's W3C Trace Context (https://www.w3.org/TR/trace-context/) in its header form: what an
 * event's metadata, an outbox row's headers and a Kafka message's headers carry, so that the
 * work they cause later, elsewhere, joins the trace that caused them.
 * Example: `{ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }`
 */
// A type, not an interface: it is also a header map (`TraceCarrier`), which needs an implicit index signature.
export type TraceContext = {
  readonly traceparent: string;
  readonly tracestate?: string;
};

/** Header names as W3C Trace Context spells them. */
export const TRACE_HEADERS = { traceparent: 'traceparent', tracestate: 'tracestate' } as const;

/** Headers in which trace context may be found, e.g. an HTTP request's or a delivery's. */
export type TraceCarrier = Readonly<Record<string, string | string[] | undefined>>;

// The W3C format is used explicitly, not the API's global propagator: what is stored with events
// must read back the same whatever propagator a process happens to register.
const w3c = new W3CTraceContextPropagator();

/**
 * The context `carrier` names as parent, on top of `base` (the root by default, so nothing ambient
 * leaks in). A missing or malformed `traceparent` leaves `base` as it is: the work starts a new
 * trace, and a bad header never fails the work it came with.
 */
export function contextFrom(carrier: TraceCarrier | undefined, base: Context = ROOT_CONTEXT): Context {
  return carrier === undefined ? base : w3c.extract(base, carrier, defaultTextMapGetter);
}

/** The trace context of the span active in `from` (now, by default), or undefined outside any valid span. */
export function traceContextIn(from: Context = context.active()): TraceContext | undefined {
  const carrier: { traceparent?: string; tracestate?: string } = {};
  w3c.inject(from, carrier, defaultTextMapSetter);
  if (carrier.traceparent === undefined) return undefined;
  return carrier.tracestate === undefined ? { traceparent: carrier.traceparent } : { traceparent: carrier.traceparent, tracestate: carrier.tracestate };
}

/** Anything that keeps a trace context in its metadata: a recorded event of the event store. */
export interface TracedRecord {
  readonly metadata: { readonly traceContext?: TraceContext };
}

/**
 * The context an event was recorded in, to parent or link the work that follows from it (a
 * projection, say); the root context for an event recorded outside any trace.
 * Example: `trace.getSpanContext(traceContextOf(event))?.traceId`
 */
export function traceContextOf(event: TracedRecord): Context {
  return contextFrom(event.metadata.traceContext);
}
