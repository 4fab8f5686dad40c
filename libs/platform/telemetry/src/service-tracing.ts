import { context, diag, DiagLogger, DiagLogLevel, Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { Logger } from 'pino';
import { SERVICE_NAMESPACE_ATTRIBUTE } from './semantic-attributes';
import { SpanDestination, TracingConfig } from './tracing-config';

/** One service's tracing. Each service has its own, so that in the single process each keeps its `service.name`. */
export interface ServiceTracing {
  /** Undefined while tracing is off: code that makes spans passes it to `inSpan`, which then does nothing. */
  readonly tracer: Tracer | undefined;
  /** Exports what is still buffered, then stops; later calls wait for the first. */
  shutdown(): Promise<void>;
}

const TRACING_OFF: ServiceTracing = { tracer: undefined, shutdown: async () => undefined };

let processWide: { readonly logger: Logger } | null = null;

/**
 * The context manager (the active span follows async calls) and the SDK's diagnostics (an export
 * that fails) are process-wide: set once, by the first service that traces. Nothing is set while
 * tracing is off, which is what keeps it free then.
 */
function enableProcessWide(logger: Logger): void {
  if (processWide) return;
  processWide = { logger: logger.child({ component: 'opentelemetry' }) };
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const log = processWide.logger;
  const toPino: DiagLogger = {
    error: (message, ...args) => log.error({ args }, message),
    warn: (message, ...args) => log.warn({ args }, message),
    info: (message, ...args) => log.info({ args }, message),
    debug: (message, ...args) => log.debug({ args }, message),
    verbose: (message, ...args) => log.trace({ args }, message),
  };
  diag.setLogger(toPino, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
}

function processorFor(destination: SpanDestination): SpanProcessor {
  // Batched for a collector (the SDK reads OTEL_BSP_* and OTEL_EXPORTER_OTLP_HEADERS/TIMEOUT
  // itself); one by one for an exporter of the caller's, so a test sees a span once it ended.
  return destination.kind === 'otlp' ? new BatchSpanProcessor(new OTLPTraceExporter({ url: destination.url })) : new SimpleSpanProcessor(destination.exporter);
}

/**
 * Starts a service's tracing as configured (see `TracingConfig`); off when it has no destination.
 * Sampling follows OTEL_TRACES_SAMPLER (default: parent-based, always on), read by the SDK.
 * Example: `const { tracer } = startTracing({ serviceName: 'yunghap-grants', destination: { kind: 'otlp', url } }, logger);`
 */
export function startTracing(config: TracingConfig, logger: Logger): ServiceTracing {
  const { destination } = config;
  if (destination === null) return TRACING_OFF;
  enableProcessWide(logger);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [SERVICE_NAMESPACE_ATTRIBUTE]: 'yunghap' }),
    spanProcessors: [processorFor(destination)],
  });
  let stopped: Promise<void> | null = null;
  return {
    tracer: provider.getTracer('yunghap'),
    // An exporter of the caller's stays the caller's: flushed, not shut down (a test reads it afterwards).
    shutdown: () => (stopped ??= destination.kind === 'otlp' ? provider.shutdown() : provider.forceFlush()),
  };
}
