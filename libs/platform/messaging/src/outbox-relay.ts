import { OutboxStore, PendingOutboxMessage } from '@yunghap/event-store';
import { Logger } from 'pino';
import { MessageBus, OutgoingMessage } from './message-bus.port';
import { MessageTracing, publishInSpans } from './message-tracing';
import { fromOutboxMessage } from './outbox-message';
import { pause } from './pause';
import { WakeSignal } from './wake-signal';

export interface OutboxRelayOptions {
  readonly outbox: OutboxStore;
  readonly bus: Pick<MessageBus, 'publish'>;
  readonly logger: Logger;
  readonly batchSize?: number;
  /** Longest the relay sleeps without a wake-up: the bound for a lost notification or another process's append. */
  readonly pollIntervalMs?: number;
  /** Pause after a failed pass (broker or database unreachable) before the next one. */
  readonly retryDelayMs?: number;
  /** Each message published in a PRODUCER span under the context its row kept; none without. */
  readonly tracing?: MessageTracing;
}

/**
 * What the relay has seen of the outbox, for /health and metrics, without asking the database
 * (a status must answer while the database hangs). Counts cover the relay's life.
 */
export interface OutboxRelayStatus {
  readonly state: 'running' | 'stopped';
  readonly relayed: number;
  readonly failedPasses: number;
  /** When the last pass ended, successful or not: a date that stops moving means a pass hangs. */
  readonly lastPassAt: string | null;
  /** When passes started failing in a row; null while they succeed. */
  readonly failingSince: string | null;
  readonly lastError: string | null;
  /**
   * The creation time of the oldest row still pending at the last pass, null when that pass
   * left the outbox empty; `oldestPendingAgeMs` is its age now, the relay's delay at worst.
   */
  readonly oldestPendingAt: string | null;
  readonly oldestPendingAgeMs: number | null;
}

/**
 * Moves the outbox to the bus: reads pending rows in outbox order, publishes them, then marks
 * them published. A relay that dies between the two steps leaves the rows pending, and the next
 * relay publishes them again: at-least-once, which idempotent consumers absorb. Run one relay per
 * outbox; a second one is safe but publishes everything twice.
 * Example: `const relay = new OutboxRelay({ outbox: store, bus, logger }); relay.start(); … relay.status(); … await relay.stop();`
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryDelayMs: number;
  private readonly logger: Logger;
  private running: { readonly abort: AbortController; readonly loop: Promise<void> } | null = null;
  private readonly counts = { relayed: 0, failedPasses: 0 };
  private lastPassAt: Date | null = null;
  private failingSince: Date | null = null;
  private lastError: string | null = null;
  private oldestPendingAt: Date | null = null;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
    this.logger = options.logger.child({ component: 'outbox-relay' });
  }

  start(): void {
    if (this.running) throw new Error('The outbox relay is already running');
    const abort = new AbortController();
    this.running = { abort, loop: this.run(abort.signal) };
  }

  /** Waits for the pass in progress: a batch being published is still marked if its publish succeeds. */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = null;
    running.abort.abort();
    await running.loop;
  }

  status(): OutboxRelayStatus {
    return {
      state: this.running ? 'running' : 'stopped',
      ...this.counts,
      lastPassAt: this.lastPassAt?.toISOString() ?? null,
      failingSince: this.failingSince?.toISOString() ?? null,
      lastError: this.lastError,
      oldestPendingAt: this.oldestPendingAt?.toISOString() ?? null,
      oldestPendingAgeMs: this.oldestPendingAt === null ? null : Math.max(0, Date.now() - this.oldestPendingAt.getTime()),
    };
  }

  private async run(abort: AbortSignal): Promise<void> {
    const wake = new WakeSignal();
    const unregister = this.options.outbox.onOutboxAppended(() => wake.notify());
    try {
      while (!abort.aborted) {
        let relayed: number;
        try {
          relayed = await this.relayBatch();
        } catch (error) {
          this.lastPassAt = new Date();
          this.failingSince ??= this.lastPassAt;
          this.lastError = error instanceof Error ? error.message : String(error);
          this.counts.failedPasses++;
          this.logger.error({ err: error }, 'outbox relay pass failed; retrying');
          await pause(this.retryDelayMs, abort);
          continue;
        }
        this.lastPassAt = new Date();
        this.failingSince = null;
        if (relayed < this.batchSize) await wake.wait(this.pollIntervalMs, abort);
      }
    } finally {
      unregister();
    }
  }

  private async relayBatch(): Promise<number> {
    const batch = await this.options.outbox.pendingOutbox(this.batchSize);
    this.oldestPendingAt = batch.length === 0 ? null : new Date(batch[0].createdAt);
    if (batch.length === 0) return 0;
    await publishInSpans(this.options.tracing, batch.map(outgoing), (messages) => this.options.bus.publish(messages));
    await this.options.outbox.markPublished(batch.map((row) => row.outboxId));
    this.counts.relayed += batch.length;
    // A full batch may have more behind it, whose age the next pass reads; a shorter one emptied the outbox.
    if (batch.length < this.batchSize) this.oldestPendingAt = null;
    this.logger.debug({ count: batch.length, fromOutboxId: batch[0].outboxId, toOutboxId: batch[batch.length - 1].outboxId }, 'outbox messages relayed');
    return batch.length;
  }
}

/** A row that cannot be published stops the relay at that row, loudly, rather than skipping it. */
function outgoing(row: PendingOutboxMessage): OutgoingMessage {
  try {
    return fromOutboxMessage(row);
  } catch (error) {
    throw new Error(`Outbox row ${row.outboxId} (message ${row.messageId}, ${row.type}) cannot be relayed: ${(error as Error).message}`, { cause: error });
  }
}
