import { OutboxStore, PendingOutboxMessage } from '@yunghap/event-store';
import { Logger } from 'pino';
import { MessageBus, OutgoingMessage } from './message-bus.port';
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
}

/**
 * Moves the outbox to the bus: reads pending rows in outbox order, publishes them, then marks
 * them published. A relay that dies between the two steps leaves the rows pending, and the next
 * relay publishes them again: at-least-once, which idempotent consumers absorb. Run one relay per
 * outbox; a second one is safe but publishes everything twice.
 * Example: `const relay = new OutboxRelay({ outbox: store, bus, logger }); relay.start(); … await relay.stop();`
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryDelayMs: number;
  private readonly logger: Logger;
  private running: { readonly abort: AbortController; readonly loop: Promise<void> } | null = null;

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

  private async run(abort: AbortSignal): Promise<void> {
    const wake = new WakeSignal();
    const unregister = this.options.outbox.onOutboxAppended(() => wake.notify());
    try {
      while (!abort.aborted) {
        let relayed: number;
        try {
          relayed = await this.relayBatch();
        } catch (error) {
          this.logger.error({ err: error }, 'outbox relay pass failed; retrying');
          await pause(this.retryDelayMs, abort);
          continue;
        }
        if (relayed < this.batchSize) await wake.wait(this.pollIntervalMs, abort);
      }
    } finally {
      unregister();
    }
  }

  private async relayBatch(): Promise<number> {
    const batch = await this.options.outbox.pendingOutbox(this.batchSize);
    if (batch.length === 0) return 0;
    await this.options.bus.publish(batch.map(outgoing));
    await this.options.outbox.markPublished(batch.map((row) => row.outboxId));
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
