export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** The service's `ServiceTracing` (see @yunghap/telemetry): its tracer is undefined while tracing is off. */
export const SERVICE_TRACING = Symbol('SERVICE_TRACING');
