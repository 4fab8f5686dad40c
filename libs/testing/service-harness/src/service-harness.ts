import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ContractDefinition } from '@yunghap/contracts';
import type { JsonValue } from '@yunghap/event-store';
import { InProcessMessageBus, IntegrationMessage, MessageBus } from '@yunghap/messaging';
import {
  AuditConfig,
  configureHttp,
  DEVELOPMENT_JWT_SECRET,
  issueToken,
  loadServiceConfig,
  SERVICE_RUNTIME,
  ServiceConfig,
  ServiceModuleFactory,
  ServiceName,
  ServiceRuntime,
  TokenClaims,
  loadPrivacyConfig,
} from '@yunghap/platform-nest';
import pino from 'pino';

export interface TestService<B extends MessageBus = InProcessMessageBus> {
  readonly app: INestApplication;
  /** The service's HTTP server, for supertest. */
  readonly http: ReturnType<INestApplication['getHttpServer']>;
  readonly bus: B;
  close(): Promise<void>;
}

/**
 * One service as the single-process mode runs it (PGlite, in-memory read models), on a bus of
 * its own so tests do not hear each other, or on `bus` (one shared by the services of a test, a
 * Kafka bus even). `dataDir` null keeps the events in memory;
 * `readYourWritesMs` 0 makes every command answer 202 (recorded, read models pending); `spans`
 * turns tracing on, every span ending there (an `InMemorySpanExporter`); `audit` keeps the audit
 * log's key and witnesses where it says (default: in memory, gone with the service); `env` adds
 * settings (the peers' addresses, say, or `PERSONAL_DATA_RETENTION_DAYS`). Personal data keys are
 * kept under `dataDir` (so a restart still opens them), or in memory.
 */
export async function startTestService<B extends MessageBus = InProcessMessageBus>(
  name: ServiceName,
  register: ServiceModuleFactory,
  options: { dataDir?: string | null; bus?: B; readYourWritesMs?: number; spans?: SpanExporter; audit?: AuditConfig; env?: NodeJS.ProcessEnv } = {},
): Promise<TestService<B>> {
  const env = { LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent', ...options.env };
  const loaded = loadServiceConfig(name, env);
  const config: ServiceConfig = options.spans
    ? { ...loaded, tracing: { ...loaded.tracing, destination: { kind: 'exporter', exporter: options.spans } } }
    : loaded;
  // Without a bus of the caller's, B is its default, the in-process bus.
  const bus = options.bus ?? (new InProcessMessageBus({ logger: pino({ level: 'silent' }) }) as MessageBus as B);
  const moduleRef = await Test.createTestingModule({
    imports: [
      register(config, {
        env,
        runtime: {
          mode: 'single-process',
          dataDir: options.dataDir ?? null,
          readYourWritesMs: options.readYourWritesMs,
          audit: options.audit,
          privacy: loadPrivacyConfig(env, { dataDir: options.dataDir ?? null }),
        },
        overrides: { bus },
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.enableShutdownHooks();
  configureHttp(app);
  await app.init();
  // HTTP answers from init on; tests start from a service whose projections and consumers run.
  await app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false }).ready();
  return { app, http: app.getHttpServer(), bus, close: () => app.close() };
}

/** `Authorization` header value for a user of the given role (signed with the development secret). */
export function bearer(claims: Partial<TokenClaims> & Pick<TokenClaims, 'role'>): string {
  return `Bearer ${issueToken({ sub: claims.sub ?? `${claims.role}-test`, ...claims }, DEVELOPMENT_JWT_SECRET)}`;
}

/**
 * A message as another service's outbox would publish it under `contract`. The payload is not
 * validated here, so tests can also send what a broken publisher would.
 */
export function contractMessage<P extends object>(
  contract: ContractDefinition<P>,
  key: string,
  payload: P,
  messageId: string = randomUUID(),
): IntegrationMessage {
  return {
    messageId,
    type: contract.type,
    schemaVersion: contract.schemaVersion,
    key,
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    payload: { ...payload } as unknown as JsonValue,
  };
}
