import { LoggerService } from '@nestjs/common';
import { traceLogFields } from '@yunghap/telemetry';
import pino, { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger interface over one pino logger per service. Each service owns its instance, so
 * in the single-process mode the five services' lines still carry their own `service` field.
 */
export class ServiceLogger implements LoggerService {
  readonly pino: Logger;

  constructor(config: Pick<ServiceConfig, 'service' | 'logLevel' | 'tracing'>) {
    // While tracing is on, a line written inside a span names it (trace_id, span_id): from a log line to its trace.
    const traced = config.tracing.destination ? { mixin: traceLogFields } : {};
    this.pino = pino({ level: config.logLevel, base: { service: config.service }, redact: ['req.headers.authorization'], ...traced });
  }

  /** A pino logger for one class of the service: `logger.for('SeedCentersTask').info({ … }, 'centers seeded')`. */
  for(context: string): Logger {
    return this.pino.child({ context });
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  /** Nest passes the context (the class name) last, and for errors a stack before it. */
  private write(level: Level, message: unknown, optional: unknown[]): void {
    const context = typeof optional.at(-1) === 'string' ? (optional.at(-1) as string) : undefined;
    const stack = level === 'error' && typeof optional[0] === 'string' && optional.length > 1 ? optional[0] : undefined;
    if (message instanceof Error) this.pino[level]({ context, err: message });
    else if (typeof message === 'object' && message !== null) this.pino[level]({ context, ...message });
    else this.pino[level]({ context, ...(stack ? { stack } : {}) }, String(message));
  }
}
