import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Tracer } from '@opentelemetry/api';
import { openPgliteEventStore, openPostgresEventStore, SqlEventStore } from '@yunghap/event-store';
import { ContractViolation } from '@yunghap/contracts';
import {
  ConsumerEvent,
  IdempotentConsumer,
  InProcessMessageBus,
  KafkaMessageBus,
  MessageBus,
  MessageTracing,
  NamespacedMessageBus,
  OutboxRelay,
  OutboxRelayStatus,
} from '@yunghap/messaging';
import { InMemoryReadModelStore, MongooseReadModelStore, Projection, ProjectionRunner, ProjectionTimeoutError, ReadModelStore } from '@yunghap/read-models';
import { Logger } from 'pino';
import { ServiceName } from '../config/service-config';
import type { ConsumerDefinition } from '../consumers/consumer-definition';
import { CommandPending } from './command-pending';
import { UnsupportedSchemaVersionError } from './contract-message';
import { within } from '../metrics/within';
import { Attempt, keepTrying } from './keep-trying';
import { DEFAULT_READ_YOUR_WRITES_MS, RuntimeConfig } from './runtime-config';
import { memoryAuditConfig } from '../audit/audit-config';
import { ServiceAuditLog } from '../audit/service-audit-log';
import type { PersonalDataPolicy } from '@yunghap/personal-data';
import { memoryPrivacyConfig } from '../privacy/privacy-config';
import { ServicePersonalData } from '../privacy/service-personal-data';

/** How long one wait for the start-up catch-up lasts before it is logged and tried again. */
const CATCH_UP_CHECK_MS = 60_000;
/** The longest a status waits for the event store's head before using the last one known. */
const HEAD_BOUND_MS = 500;
/** How often the runtime looks for consumers their client gave up. */
const CONSUMER_CHECK_MS = 2_000;
/** How often a waiting follow-up looks whether the service is stopping. */
const FOLLOW_UP_CHECK_MS = 1_000;

/** Work a service does at start, after its projections caught up (seeding the centers, say). */
export type StartupTask = () => Promise<void>;

let processBus: InProcessMessageBus | null = null;

/** The single-process mode's one bus: every service in the process publishes and consumes on it. */
export function sharedInProcessBus(logger: Logger): InProcessMessageBus {
  processBus ??= new InProcessMessageBus({ logger });
  return processBus;
}

export interface RuntimeOverrides {
  /** A bus of the caller's (tests isolate services with a bus each). */
  readonly bus?: MessageBus;
  /**
   * The outbox relay starts once this settles. The single-process launcher opens it when every
   * service's consumers are subscribed: the in-process bus keeps no message for a group that
   * does not exist yet, so relaying earlier could lose one to a crash.
   */
  readonly relayGate?: Promise<void>;
}

type Step = readonly [what: string, operation: () => Promise<void>];

/** A message its contract refuses will be refused on every delivery: parked at once, not retried. */
const isContractRefusal = (error: unknown) => error instanceof ContractViolation || error instanceof UnsupportedSchemaVersionError;

/** Where a service's start-up stands: HTTP serves from the first moment, reads once `ready`. */
export type StartupPhase = 'starting' | 'ready' | 'stopping';

/**
 * Everything stateful a service runs on: its event store (with outbox and processed-message
 * log), read models and projections, the outbox relay and its consumers. Opened before the HTTP
 * server listens; started in the background once the service's handlers exist, so HTTP (health
 * first) answers at once while projections catch up and consumers join; stopped in reverse order.
 */
export class ServiceRuntime {
  private projections: ProjectionRunner | null = null;
  private relay: OutboxRelay | null = null;
  private consumers: IdempotentConsumer[] = [];
  private startup: Promise<void> = Promise.resolve();
  private consumersSubscribed: Promise<void> = Promise.resolve();
  private markSubscribed: () => void = () => undefined;
  private readonly stopping = new AbortController();
  private currentPhase: StartupPhase = 'starting';
  /** The start-up step under way, with its failures, for /health while starting. */
  private step: Attempt | null = null;
  private readonly consumerObservers = new Set<(event: ConsumerEvent) => void>();
  private readonly followUps = new Set<Promise<void>>();
  private lastHead = 0;
  private supervising: Promise<void> | null = null;
  private readonly messageTracing: MessageTracing | undefined;
  /** The Merkle tree, checkpoints and witnesses over this service's events. */
  readonly auditLog: ServiceAuditLog;
  /** The sealing of personal fields and their erasure, in a service whose events hold personal data. */
  personalData: ServicePersonalData | null = null;

  private constructor(
    readonly service: ServiceName,
    readonly store: SqlEventStore,
    readonly readModels: ReadModelStore,
    readonly bus: MessageBus,
    private readonly ownsBus: boolean,
    readonly logger: Logger,
    private readonly relayGate: Promise<void> | undefined,
    /** How long a command waits for its own events in the read models before answering 202. */
    readonly readYourWritesMs: number,
    /** The service's while tracing is on: the relay, the consumers and the projections then make spans. */
    readonly tracer: Tracer | undefined,
    config: RuntimeConfig,
  ) {
    this.auditLog = new ServiceAuditLog(service, store, config.audit ?? memoryAuditConfig(), logger, bus);
    this.messageTracing = tracer && { tracer, system: bus instanceof InProcessMessageBus ? 'in-process' : 'kafka' };
  }

  static async open(
    service: ServiceName,
    config: RuntimeConfig,
    logger: Logger,
    overrides: RuntimeOverrides = {},
    tracer?: Tracer,
    personalData?: PersonalDataPolicy,
  ): Promise<ServiceRuntime> {
    const runtime = await ServiceRuntime.openEngines(service, config, logger, overrides, tracer);
    if (personalData !== undefined) {
      const opened = await ServicePersonalData.open(
        service,
        config.privacy ?? memoryPrivacyConfig(),
        personalData,
        logger.child({ component: 'personal-data' }),
      );
      runtime.personalData = opened;
      runtime.store.sealEventsWith((events) => opened.sealing.seal(events));
    }
    return runtime;
  }

  private static async openEngines(
    service: ServiceName,
    config: RuntimeConfig,
    logger: Logger,
    overrides: RuntimeOverrides,
    tracer?: Tracer,
  ): Promise<ServiceRuntime> {
    const log = logger.child({ component: 'runtime' });
    if (config.mode === 'single-process') {
      if (config.dataDir !== null) mkdirSync(config.dataDir, { recursive: true });
      const store = await openPgliteEventStore(config.dataDir === null ? undefined : path.join(config.dataDir, service));
      const bus = overrides.bus ?? sharedInProcessBus(logger);
      log.info({ mode: config.mode, dataDir: config.dataDir ?? 'memory' }, 'runtime opened');
      return new ServiceRuntime(
        service,
        store,
        new InMemoryReadModelStore(),
        bus,
        false,
        logger,
        overrides.relayGate,
        config.readYourWritesMs ?? DEFAULT_READ_YOUR_WRITES_MS,
        tracer,
        config,
      );
    }
    const scoped = config.namespace ? `${config.namespace}_${service}` : service;
    const store = await openPostgresEventStore({ connectionString: config.postgresUrl, schema: scoped, logger: log });
    const readModels = await MongooseReadModelStore.connect(config.mongoUrl, `yunghap_${scoped}`);
    const kafka = overrides.bus ?? (await KafkaMessageBus.connect({ clientId: `yunghap-${service}`, brokers: config.kafkaBrokers, logger }));
    const bus = config.namespace ? new NamespacedMessageBus(kafka, config.namespace) : kafka;
    log.info({ mode: config.mode, kafka: config.kafkaBrokers, namespace: config.namespace }, 'runtime opened');
    return new ServiceRuntime(
      service,
      store,
      readModels,
      bus,
      overrides.bus === undefined,
      logger,
      overrides.relayGate,
      config.readYourWritesMs ?? DEFAULT_READ_YOUR_WRITES_MS,
      tracer,
      config,
    );
  }

  get phase(): StartupPhase {
    return this.currentPhase;
  }

  /** What start-up is waiting for, while it is: the step and its latest failure. */
  get startupStep(): { readonly step: string; readonly attempts: number; readonly lastError: string | null } | null {
    const step = this.step;
    return step && this.currentPhase === 'starting' ? { step: step.what, attempts: step.attempts, lastError: step.lastError?.message ?? null } : null;
  }

  /**
   * Starts, in the background and in this order, the projections (until caught up with the head
   * as it stood), the consumers, the outbox relay and the start-up tasks. Each step is retried
   * until it succeeds, so a service started while an engine is down comes up once it is back.
   */
  start(projections: readonly Projection[], consumers: readonly ConsumerDefinition[], startupTasks: readonly StartupTask[] = []): void {
    // Off the start-up path: the tree follows the log on its own and catches up in the background.
    this.auditLog.start();
    const runner = (this.projections = new ProjectionRunner({
      eventStore: this.store,
      readModels: this.readModels,
      projections,
      onError: (error, retry) =>
        this.logger.warn(
          { err: error, projection: error.projection, position: error.position, attempt: retry.attempt, retryInMs: retry.delayMs },
          'projection failed; retrying',
        ),
      tracer: this.tracer,
      reveal: this.personalData ? (events) => (this.personalData as ServicePersonalData).sealing.reveal(events) : undefined,
    }));
    // Consumers subscribe before anything is relayed: the in-process bus keeps an outbox row
    // pending until every subscribed group has the message.
    this.consumers = consumers.map(
      (definition) =>
        new IdempotentConsumer({
          ...definition,
          bus: this.bus,
          processed: this.store,
          logger: this.logger,
          isRefusal: isContractRefusal,
          tracing: this.messageTracing,
          onEvent: (event) => this.consumerObservers.forEach((observer) => observer(event)),
        }),
    );
    this.consumersSubscribed = new Promise((resolve) => (this.markSubscribed = resolve));
    const consumerSteps = this.consumers.map((consumer, index): Step => [`consumer ${consumers[index].name}`, () => consumer.start()]);
    const personalData = this.personalData;
    this.startup = this.runSteps(
      [
        ...(personalData ? [['approved erasures settled', () => personalData.settleApprovedErasures(this.store)] as Step] : []),
        ['projections', () => runner.start()],
        ['projections catching up', async () => runner.waitFor(await this.store.headPosition(), { timeoutMs: CATCH_UP_CHECK_MS })],
        ...consumerSteps,
      ],
      // After the relay has started: the tasks' events reach the other services through it.
      startupTasks.map((task, index): Step => [`start-up task ${index + 1}`, task]),
    );
  }

  /** Resolves once start-up is complete (or stopped); tests and the single-process launcher wait for it. */
  ready(): Promise<void> {
    return this.startup;
  }

  /** Resolves once the consumers are subscribed (or start-up stopped): the single-process launcher opens the relays then. */
  subscribed(): Promise<void> {
    return this.consumersSubscribed;
  }

  private async runSteps(beforeRelay: readonly Step[], afterRelay: readonly Step[]): Promise<void> {
    const log = this.logger.child({ component: 'runtime' });
    const run = async (steps: readonly Step[]) => {
      for (const [what, operation] of steps) {
        this.step = { what, attempts: 0, lastError: null };
        if (!(await keepTrying(this.step, operation, this.stopping.signal, log))) return false;
      }
      return true;
    };
    const subscribed = await run(beforeRelay);
    this.markSubscribed();
    if (!subscribed) return;
    this.startRelay();
    if (!(await run(afterRelay))) return;
    this.step = null;
    this.currentPhase = 'ready';
    log.info('runtime ready');
    this.superviseConsumers(log);
  }

  /**
   * kafkajs gives a consumer up after some failures (a broker away longer than its retries): such
   * a consumer is started again, until it stays, so no outage needs an operator's restart.
   */
  private superviseConsumers(log: Logger): void {
    const timer = setInterval(() => {
      if (this.supervising) return;
      const given = this.consumers.filter((consumer) => consumer.status().state === 'stopped');
      if (given.length === 0) return;
      this.supervising = (async () => {
        for (const consumer of given) {
          if (this.stopping.signal.aborted) return;
          log.warn({ consumer: consumer.status().name, lastError: consumer.status().lastError }, 'consumer stopped by its client; starting it again');
          try {
            await consumer.stop();
            await consumer.start();
          } catch (error) {
            log.warn({ err: error, consumer: consumer.status().name }, 'consumer could not start again; trying later');
          }
        }
      })().finally(() => (this.supervising = null));
    }, CONSUMER_CHECK_MS);
    timer.unref();
    this.stopping.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }

  private startRelay(): void {
    if (this.stopping.signal.aborted) return;
    const relay = (this.relay = new OutboxRelay({ outbox: this.store, bus: this.bus, logger: this.logger, tracing: this.messageTracing }));
    if (this.relayGate) void this.relayGate.then(() => this.relay === relay && relay.start());
    else relay.start();
  }

  /**
   * Read-your-writes for an HTTP command: resolves when every projection shows the event at
   * `position` (every projection that reads one of `eventTypes`, when the command says what it
   * wrote), and throws `CommandPending` (answered 202) when that takes longer than the bound or
   * the read models cannot follow now.
   */
  async readYourWrites(position: number, eventTypes?: readonly string[]): Promise<void> {
    // 0 is the asynchronous contract: every command answers 202 at once, clients read by position.
    if (this.projections === null || this.readYourWritesMs === 0) throw new CommandPending(position);
    try {
      await this.projections.waitFor(position, { timeoutMs: this.readYourWritesMs, eventTypes });
    } catch (error) {
      throw new CommandPending(position, { cause: error });
    }
  }

  /**
   * Runs `work` in the background once the read models show `position`: the second step of an
   * HTTP command that answered 202 (routing a submission, say), which reads what the first wrote.
   * A failure is logged; the start-up tasks that settle such steps retry it at the next start.
   */
  whenProjected(position: number, what: string, work: () => Promise<unknown>): void {
    const log = this.logger.child({ component: 'runtime', followUp: what, position });
    const run = (async () => {
      while (!this.stopping.signal.aborted) {
        try {
          await this.caughtUp(position, FOLLOW_UP_CHECK_MS);
          await work();
          return;
        } catch (error) {
          if (!(error instanceof ProjectionTimeoutError)) throw error;
        }
      }
    })()
      .catch((error: unknown) => log.error({ err: error }, 'follow-up of a recorded command failed'))
      .finally(() => this.followUps.delete(run));
    this.followUps.add(run);
  }

  /** For background work and reads: waits up to `timeoutMs` (the projections' default bound), then throws. */
  async caughtUp(position: number, timeoutMs?: number): Promise<void> {
    await this.projections?.waitFor(position, { timeoutMs });
  }

  /** Why reads cannot be answered now (in Korean, then English), or null when they can. */
  readModelsUnavailable(): string | null {
    if (this.currentPhase === 'starting')
      return '서비스가 시작 중이라 조회 모델이 아직 준비되지 않았습니다. (The service is starting; its read models are not ready yet.)';
    const failing = (this.projections?.states() ?? [])
      .filter((projection) => projection.state !== 'live')
      .map((projection) => `${projection.projection} (${projection.state})`);
    if (failing.length === 0) return null;
    return `조회 모델을 지금 쓸 수 없습니다: ${failing.join(', ')} (Read models unavailable now: ${failing.join(', ')}.)`;
  }

  /** Tells `observer` of every consumer delivery's outcome (metrics). */
  observeConsumers(observer: (event: ConsumerEvent) => void): void {
    this.consumerObservers.add(observer);
  }

  consumerList(): readonly IdempotentConsumer[] {
    return this.consumers;
  }

  relayStatus(): OutboxRelayStatus | null {
    return this.relay?.status() ?? null;
  }

  /** Each projection's state and position (their lag needs the head: see runtimeHealthProbe). */
  async projectionStatus() {
    if (this.projections === null) return [];
    // The lag needs the head; a store that does not answer at once leaves the last one known.
    this.lastHead = await within(HEAD_BOUND_MS, () => this.store.headPosition(), this.lastHead);
    return this.projections.status(this.lastHead);
  }

  async stop(): Promise<void> {
    this.currentPhase = 'stopping';
    this.stopping.abort();
    await this.startup;
    await this.supervising;
    await Promise.all(this.followUps);
    for (const consumer of this.consumers) await consumer.stop();
    const relay = this.relay;
    this.relay = null;
    await relay?.stop();
    await this.projections?.stop();
    await this.auditLog.stop();
    if (this.ownsBus) await this.bus.close();
    await this.readModels.close();
    await this.store.close();
    await this.personalData?.close();
  }

  /**
   * Replays every projection from the first event: after an erasure, so that no read model keeps
   * a copy of what the destroyed key sealed. Reads answer 503 until they have caught up.
   */
  async rebuildReadModels(): Promise<void> {
    const runner = this.projections;
    if (runner === null) return;
    for (const { projection } of await runner.status()) await runner.rebuild(projection);
  }
}
