import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openPgliteEventStore, openPostgresEventStore, SqlEventStore } from '@yunghap/event-store';
import { IdempotentConsumer, InProcessMessageBus, IntegrationMessageHandler, KafkaMessageBus, MessageBus, NamespacedMessageBus, OutboxRelay } from '@yunghap/messaging';
import { InMemoryReadModelStore, MongooseReadModelStore, Projection, ProjectionRunner, ReadModelStore } from '@yunghap/read-models';
import { Logger } from 'pino';
import { ServiceName } from '../config/service-config';
import { RuntimeConfig } from './runtime-config';

/** A consumer of other services' integration events; its handler appends through the session only. */
export interface ConsumerDefinition {
  /** Stable: it is the consumer group and the key of the processed-message log. */
  readonly name: string;
  readonly topics: readonly string[];
  readonly handle: IntegrationMessageHandler;
}

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

/**
 * Everything stateful a service runs on: its event store (with outbox and processed-message
 * log), read models and projections, the outbox relay and its consumers. Opened before the HTTP
 * server listens, started once the service's handlers exist, stopped in reverse order.
 */
export class ServiceRuntime {
  private projections: ProjectionRunner | null = null;
  private relay: OutboxRelay | null = null;
  private consumers: IdempotentConsumer[] = [];

  private constructor(
    readonly service: ServiceName,
    readonly store: SqlEventStore,
    readonly readModels: ReadModelStore,
    readonly bus: MessageBus,
    private readonly ownsBus: boolean,
    readonly logger: Logger,
    private readonly relayGate: Promise<void> | undefined,
  ) {}

  static async open(service: ServiceName, config: RuntimeConfig, logger: Logger, overrides: RuntimeOverrides = {}): Promise<ServiceRuntime> {
    const log = logger.child({ component: 'runtime' });
    if (config.mode === 'single-process') {
      if (config.dataDir !== null) mkdirSync(config.dataDir, { recursive: true });
      const store = await openPgliteEventStore(config.dataDir === null ? undefined : path.join(config.dataDir, service));
      const bus = overrides.bus ?? sharedInProcessBus(logger);
      log.info({ mode: config.mode, dataDir: config.dataDir ?? 'memory' }, 'runtime opened');
      return new ServiceRuntime(service, store, new InMemoryReadModelStore(), bus, false, logger, overrides.relayGate);
    }
    const scoped = config.namespace ? `${config.namespace}_${service}` : service;
    const store = await openPostgresEventStore({ connectionString: config.postgresUrl, schema: scoped });
    const readModels = await MongooseReadModelStore.connect(config.mongoUrl, `yunghap_${scoped}`);
    const kafka = overrides.bus ?? (await KafkaMessageBus.connect({ clientId: `yunghap-${service}`, brokers: config.kafkaBrokers, logger }));
    const bus = config.namespace ? new NamespacedMessageBus(kafka, config.namespace) : kafka;
    log.info({ mode: config.mode, kafka: config.kafkaBrokers, namespace: config.namespace }, 'runtime opened');
    return new ServiceRuntime(service, store, readModels, bus, overrides.bus === undefined, logger, overrides.relayGate);
  }

  /** Starts projections (caught up before returning), the consumers, the outbox relay and the startup tasks. */
  async start(projections: readonly Projection[], consumers: readonly ConsumerDefinition[], startupTasks: readonly StartupTask[] = []): Promise<void> {
    this.projections = new ProjectionRunner({
      eventStore: this.store,
      readModels: this.readModels,
      projections,
      onError: (error) => this.logger.error({ err: error, projection: error.projection, position: error.position }, 'projection stopped'),
    });
    await this.projections.start();
    await this.projections.waitFor(await this.store.headPosition(), { timeoutMs: 120_000 });

    // Consumers subscribe before anything is relayed: the in-process bus keeps an outbox row
    // pending until every subscribed group has the message.
    this.consumers = consumers.map(
      (definition) => new IdempotentConsumer({ ...definition, bus: this.bus, processed: this.store, logger: this.logger }),
    );
    for (const consumer of this.consumers) await consumer.start();

    const relay = (this.relay = new OutboxRelay({ outbox: this.store, bus: this.bus, logger: this.logger }));
    if (this.relayGate) void this.relayGate.then(() => this.relay === relay && relay.start());
    else relay.start();
    for (const task of startupTasks) await task();
  }

  /** Read-your-writes: resolves when every projection has handled the event at `position`. */
  async caughtUp(position: number): Promise<void> {
    await this.projections?.waitFor(position);
  }

  async status() {
    return { head: await this.store.headPosition(), projections: (await this.projections?.status()) ?? [] };
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    const relay = this.relay;
    this.relay = null;
    await relay?.stop();
    await this.projections?.stop();
    if (this.ownsBus) await this.bus.close();
    await this.readModels.close();
    await this.store.close();
  }
}
