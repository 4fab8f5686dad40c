import { Client, ClientConfig } from 'pg';
import { Logger } from 'pino';
import { endPgClient } from './end-pg-client';

/** Delays between attempts to restore a lost LISTEN connection: doubling from the first to the cap. */
export interface ListenRetry {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

const CHANNEL = 'es_appended';

/**
 * The one connection that LISTENs for other processes' appends to the store in `schema`. It comes
 * back by itself after a server restart or a network cut, with capped exponential backoff; while
 * it is away subscribers fall back to their polling bound. Appends to the other schemas of the
 * database (other services' stores) are announced on the same channel and ignored: each would
 * otherwise cost every service a read of its log and of its outbox.
 */
export class PostgresAppendListener {
  private readonly listeners = new Set<() => void>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  private readonly ownPrefix: string;

  constructor(
    schema: string,
    private readonly config: ClientConfig,
    private readonly retry: ListenRetry,
    private readonly closeGraceMs: number,
    private readonly logger: Logger,
  ) {
    this.ownPrefix = `${schema} `;
  }

  /** Returns the function that stops listening; the connection opens with the first listener. */
  add(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.client === null && this.connecting === null && this.retryTimer === null && !this.closed) this.connect();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (client !== null) await endPgClient(client, this.closeGraceMs);
  }

  private connect(): void {
    this.connecting = this.listen().finally(() => (this.connecting = null));
  }

  private async listen(): Promise<void> {
    const client = new Client(this.config);
    // Every connection error is followed by 'end', which reports it and brings the connection back.
    let lastError: unknown = new Error('LISTEN connection closed by the server');
    client.on('error', (error) => (lastError = error));
    client.on('notification', (notification) => {
      if (notification.payload?.startsWith(this.ownPrefix)) this.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await endPgClient(client, this.closeGraceMs);
      this.retryLater(error);
      return;
    }
    if (this.closed) {
      await endPgClient(client, this.closeGraceMs);
      return;
    }
    client.once('end', () => this.lost(client, lastError));
    this.client = client;
    if (this.failures > 0) this.logger.info({ channel: CHANNEL, failedAttempts: this.failures }, 'PostgreSQL LISTEN connection restored');
    this.failures = 0;
    // Appends made before LISTEN took effect, or while it was away, were never announced.
    this.wake();
  }

  private lost(client: Client, error: unknown): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.retryLater(error);
  }

  private retryLater(error: unknown): void {
    if (this.closed) return;
    this.failures += 1;
    const delayMs = Math.min(this.retry.maxDelayMs, this.retry.initialDelayMs * 2 ** (this.failures - 1));
    this.logger.warn({ err: error, channel: CHANNEL, attempt: this.failures, retryInMs: delayMs }, 'PostgreSQL LISTEN connection down; retrying');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delayMs);
  }

  private wake(): void {
    this.listeners.forEach((listener) => listener());
  }
}
