import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * Where a service's spans go: an OTLP/HTTP (protobuf) endpoint such as a collector, Jaeger or
 * Tempo (`url` ends in `/v1/traces`), or an exporter of the caller's, which tests use to hold
 * the spans in memory (`InMemorySpanExporter`); spans reach it as each one ends.
 */
export type SpanDestination = { readonly kind: 'otlp'; readonly url: string } | { readonly kind: 'exporter'; readonly exporter: SpanExporter };

export interface TracingConfig {
  /** `service.name` of every span of the service, e.g. `yunghap-grants`. */
  readonly serviceName: string;
  /** Null turns tracing off: no span is made, nothing is propagated, nothing is exported. */
  readonly destination: SpanDestination | null;
}
