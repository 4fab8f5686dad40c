import { randomUUID } from 'node:crypto';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { ContractDefinition } from '@yunghap/contracts';
import type { JsonValue } from '@yunghap/event-store';
import { InProcessMessageBus, IntegrationMessage } from '@yunghap/messaging';
import {
  configureHttp,
  DEVELOPMENT_JWT_SECRET,
  issueToken,
  loadServiceConfig,
  RuntimeDefinition,
  SERVICE_RUNTIME,
  ServiceConfig,
  ServiceName,
  ServiceRuntime,
  TokenClaims,
} from '@yunghap/platform-nest';
import pino from 'pino';

export interface TestService {
  readonly app: INestApplication;
  /** The service's HTTP server, for supertest. */
  readonly http: ReturnType<INestApplication['getHttpServer']>;
  readonly bus: InProcessMessageBus;
  close(): Promise<void>;
}

export type ServiceModuleFactory = (config: ServiceConfig, runtime: Omit<RuntimeDefinition, 'projections'>) => DynamicModule;

/**
 * One service as the single-process mode runs it (PGlite, in-memory read models), on a bus of
 * its own so tests do not hear each other. `dataDir` null keeps the events in memory;
 * `readYourWritesMs` 0 makes every command answer 202 (recorded, read models pending).
 */
export async function startTestService(
  name: ServiceName,
  register: ServiceModuleFactory,
  options: { dataDir?: string | null; bus?: InProcessMessageBus; readYourWritesMs?: number } = {},
): Promise<TestService> {
  const config = loadServiceConfig(name, { LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
  const bus = options.bus ?? new InProcessMessageBus({ logger: pino({ level: 'silent' }) });
  const moduleRef = await Test.createTestingModule({
    imports: [register(config, { runtime: { mode: 'single-process', dataDir: options.dataDir ?? null, readYourWritesMs: options.readYourWritesMs }, overrides: { bus } })],
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
export function contractMessage<P extends object>(contract: ContractDefinition<P>, key: string, payload: P, messageId: string = randomUUID()): IntegrationMessage {
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
