import { context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { contextFrom, traceContextIn, traceContextOf } from './trace-context';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${SPAN_ID}-01`;

describe('W3C trace context', () => {
  it('reads a traceparent and tracestate as the remote parent, and writes them back alike', () => {
    const parent = contextFrom({ traceparent: TRACEPARENT, tracestate: 'yh=1,other=2' });
    expect(trace.getSpanContext(parent)).toMatchObject({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: TraceFlags.SAMPLED, isRemote: true });
    expect(traceContextIn(parent)).toEqual({ traceparent: TRACEPARENT, tracestate: 'yh=1,other=2' });
  });

  it('takes the first of a header sent twice, as HTTP servers hand them over', () => {
    expect(trace.getSpanContext(contextFrom({ traceparent: [TRACEPARENT, `00-${'1'.repeat(32)}-${'2'.repeat(16)}-01`] }))?.traceId).toBe(TRACE_ID);
  });

  it.each([
    ['no header at all', {}],
    ['an empty one', { traceparent: '' }],
    ['garbage', { traceparent: 'not-a-trace' }],
    ['an all-zero trace id', { traceparent: `00-${'0'.repeat(32)}-${SPAN_ID}-01` }],
    ['an all-zero span id', { traceparent: `00-${TRACE_ID}-${'0'.repeat(16)}-01` }],
    ['the forbidden version ff', { traceparent: `ff-${TRACE_ID}-${SPAN_ID}-01` }],
    ['upper-case hex', { traceparent: `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01` }],
    ['version 00 with a trailing part', { traceparent: `${TRACEPARENT}-extra` }],
    ['a megabyte of it', { traceparent: `00-${'a'.repeat(1_000_000)}` }],
  ])('ignores %s: the work starts a new trace on the base context', (_case, carrier) => {
    const base = ROOT_CONTEXT.setValue(Symbol('marker'), 1);
    expect(contextFrom(carrier, base)).toBe(base);
    expect(contextFrom(undefined)).toBe(ROOT_CONTEXT);
  });

  it('names no context outside a span', () => {
    expect(traceContextIn()).toBeUndefined();
    expect(traceContextIn(context.active())).toBeUndefined();
  });

  it('reads the context an event was recorded in, and the root one for an event recorded outside any trace', () => {
    const traced = { metadata: { traceContext: { traceparent: TRACEPARENT } } };
    expect(trace.getSpanContext(traceContextOf(traced))).toMatchObject({ traceId: TRACE_ID, spanId: SPAN_ID });
    expect(traceContextOf({ metadata: {} })).toBe(ROOT_CONTEXT);
    expect(traceContextOf({ metadata: { traceContext: { traceparent: 'broken' } } })).toBe(ROOT_CONTEXT);
  });
});
