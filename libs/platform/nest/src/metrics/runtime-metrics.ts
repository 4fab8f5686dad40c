import type { ConsumerEvent } from '@yunghap/messaging';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DomainRefusal } from '../problem-details/problem-details.filter';
import { CommandPending } from '../runtime/command-pending';
import type { ServiceRuntime } from '../runtime/service-runtime';
import { within } from './within';

/** A figure that needs an engine is left out of a scrape rather than holding it past this. */
const SCRAPE_BOUND_MS = 1_000;

function outcomeOf(error: unknown): 'refused' | 'pending' | 'failed' {
  if (error instanceof DomainRefusal) return 'refused';
  return error instanceof CommandPending ? 'pending' : 'failed';
}

/**
 * What operators watch in the distributed mode, on the service's `/metrics`: the outbox's backlog
 * and age, each consumer's lag, dead letters and state, each projection's position and lag, and
 * how long appends and commands take. Gauges are read from the runtime at scrape time; counters
 * and histograms are fed as things happen.
 */
export class RuntimeMetrics {
  private readonly consumerMessages: Counter<'consumer' | 'topic' | 'outcome'>;
  private readonly deadLetters: Counter<'consumer' | 'topic' | 'reason'>;
  private readonly commandDuration: Histogram<'command' | 'outcome'>;
  private readonly appendDuration: Histogram;

  constructor(registry: Registry, runtime: ServiceRuntime) {
    const registers = [registry];
    this.consumerMessages = new Counter({
      name: 'yunghap_consumer_messages_total',
      help: 'Deliveries by outcome: handled, duplicate, retried, redelivered, parked',
      labelNames: ['consumer', 'topic', 'outcome'],
      registers,
    });
    this.deadLetters = new Counter({
      name: 'yunghap_dead_letter_messages_total',
      help: 'Messages parked on a dead-letter topic, by reason',
      labelNames: ['consumer', 'topic', 'reason'],
      registers,
    });
    this.commandDuration = new Histogram({
      name: 'yunghap_command_duration_seconds',
      help: 'HTTP commands from decision to read-your-writes, by outcome',
      labelNames: ['command', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.appendDuration = new Histogram({
      name: 'yunghap_event_store_append_duration_seconds',
      help: 'One append to the event store',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    runtime.store.observeAppends((seconds) => this.appendDuration.observe(seconds));
    runtime.observeConsumers((event) => this.consumerEvent(event));

    new Gauge({
      name: 'yunghap_event_store_head_position',
      help: 'Global position of the newest event',
      registers,
      async collect() {
        const head = await within(SCRAPE_BOUND_MS, () => runtime.store.headPosition(), null);
        if (head !== null) this.set(head);
      },
    });
    new Gauge({
      name: 'yunghap_audit_log_verified',
      help: '1 when the last verification found the log as its witnesses saw it and every hash chain whole, 0 when not (absent before the first)',
      registers,
      collect() {
        const last = runtime.auditLog.lastVerification;
        if (last) this.set(last.ok ? 1 : 0);
      },
    });
    new Gauge({
      name: 'yunghap_audit_keeper_refusing',
      help: '1 while the audit log keeper refuses to sign because the stored tree disagrees with the witnessed checkpoint',
      registers,
      collect() {
        this.set(runtime.auditLog.keeper.state.kind === 'refusing' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'yunghap_audit_witness_forks',
      help: "Checkpoints of other services' logs this service refused as forks (contradicting one it countersigned) since it started",
      registers,
      collect() {
        this.set(runtime.auditLog.peerWitness.forks.length);
      },
    });
    new Gauge({
      name: 'yunghap_audit_tree_size',
      help: 'Events in the Merkle tree (tree) and in the last signed checkpoint (checkpoint)',
      labelNames: ['of'],
      registers,
      collect() {
        const state = runtime.auditLog.keeper.state;
        if (state.kind !== 'keeping') return;
        this.set({ of: 'tree' }, state.treeSize);
        this.set({ of: 'checkpoint' }, state.checkpointSize);
      },
    });
    new Gauge({
      name: 'yunghap_outbox_pending_messages',
      help: 'Integration messages recorded and not yet relayed to the bus',
      registers,
      async collect() {
        const backlog = await within(SCRAPE_BOUND_MS, () => runtime.store.outboxBacklog(), null);
        if (backlog !== null) this.set(backlog.pending);
      },
    });
    new Gauge({
      name: 'yunghap_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest message the relay has not published (0 when none waits)',
      registers,
      collect() {
        this.set((runtime.relayStatus()?.oldestPendingAgeMs ?? 0) / 1000);
      },
    });
    new Gauge({
      name: 'yunghap_outbox_relay_failing',
      help: '1 while relay passes fail in a row (bus or database unreachable)',
      registers,
      collect() {
        this.set(runtime.relayStatus()?.failingSince ? 1 : 0);
      },
    });
    new Gauge({
      name: 'yunghap_consumer_lag_messages',
      help: "Messages on a consumer's topics its group has not committed",
      labelNames: ['consumer'],
      registers,
      async collect() {
        for (const consumer of runtime.consumerList().filter((candidate) => candidate.status().state === 'joined')) {
          const lag = await within(SCRAPE_BOUND_MS, () => consumer.lag(), null);
          if (lag !== null) this.set({ consumer: consumer.status().name }, lag);
        }
      },
    });
    new Gauge({
      name: 'yunghap_consumer_state',
      help: '1 for the state each consumer is in (starting, joined, stopped, stuck)',
      labelNames: ['consumer', 'state'],
      registers,
      collect() {
        this.reset();
        for (const consumer of runtime.consumerList()) {
          const status = consumer.status();
          this.set({ consumer: status.name, state: status.stuck ? 'stuck' : status.state }, 1);
        }
      },
    });
    new Gauge({
      name: 'yunghap_projection_position',
      help: 'Global position of the last event each projection handled',
      labelNames: ['projection'],
      registers,
      async collect() {
        for (const projection of await runtime.projectionStatus()) this.set({ projection: projection.projection }, projection.position);
      },
    });
    new Gauge({
      name: 'yunghap_projection_lag_events',
      help: "Positions each projection is behind the event store's head",
      labelNames: ['projection'],
      registers,
      async collect() {
        for (const projection of await runtime.projectionStatus()) this.set({ projection: projection.projection }, projection.lag);
      },
    });
    new Gauge({
      name: 'yunghap_projection_state',
      help: '1 for the state each projection is in (catching-up, live, retrying, stopped)',
      labelNames: ['projection', 'state'],
      registers,
      async collect() {
        this.reset();
        for (const projection of await runtime.projectionStatus()) this.set({ projection: projection.projection, state: projection.state }, 1);
      },
    });
  }

  /** Times an HTTP command, labelled with how it ended: a refusal, a 202, a failure or ok. */
  async timeCommand<T>(command: string, work: () => Promise<T>): Promise<T> {
    const stop = this.commandDuration.startTimer({ command });
    try {
      const result = await work();
      stop({ outcome: 'ok' });
      return result;
    } catch (error) {
      stop({ outcome: outcomeOf(error) });
      throw error;
    }
  }

  private consumerEvent(event: ConsumerEvent): void {
    const outcome = event.kind === 'handled' && event.duplicate ? 'duplicate' : event.kind;
    this.consumerMessages.inc({ consumer: event.consumer, topic: event.topic, outcome });
    if (event.kind === 'parked') this.deadLetters.inc({ consumer: event.consumer, topic: event.topic, reason: event.reason });
  }
}
