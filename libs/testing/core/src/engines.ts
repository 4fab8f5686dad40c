import net from 'node:net';

/** A real engine a test talks to on loopback, as started by `npm run infra:up`. */
export interface Engine {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly log: string;
}

export interface Engines {
  readonly postgres: Engine & { readonly url: string };
  readonly kafka: Engine & { readonly brokers: string[] };
  readonly mongo: Engine & { readonly url: (database: string) => string };
}

function port(variable: string, fallback: number): number {
  const raw = process.env[variable];
  return raw === undefined ? fallback : Number(raw);
}

/** Where the engines of deploy/local listen; the same variables move them in tests and scripts. */
export function localEngines(): Engines {
  const pgPort = port('POSTGRES_PORT', 55432);
  const kafkaPort = 9092;
  const mongoPort = port('FERRETDB_PORT', 27017);
  return {
    postgres: {
      name: 'PostgreSQL',
      host: '127.0.0.1',
      port: pgPort,
      log: '.infra/postgres/postgres.log',
      url: process.env['POSTGRES_URL'] ?? `postgres://yunghap@127.0.0.1:${pgPort}/yunghap`,
    },
    kafka: {
      name: 'Kafka',
      host: '127.0.0.1',
      port: kafkaPort,
      log: '.infra/kafka/kafka.log',
      brokers: [`127.0.0.1:${kafkaPort}`],
    },
    mongo: {
      name: 'FerretDB (MongoDB wire protocol)',
      host: '127.0.0.1',
      port: mongoPort,
      log: '.infra/ferretdb/ferretdb.log',
      url: (database) => `mongodb://127.0.0.1:${mongoPort}/${database}`,
    },
  };
}

export class EngineUnavailableError extends Error {
  constructor(engine: Engine, cause: string) {
    super(
      `${engine.name} is not reachable at ${engine.host}:${engine.port} (${cause}). ` +
        `Start the engines with "npm run infra:up" and check its log: ${engine.log}`,
    );
    this.name = 'EngineUnavailableError';
  }
}

/**
 * Fails fast, naming the engine, when nothing listens where it should: a stopped engine must
 * read as "Kafka is not reachable", not as a timeout deep inside a client library.
 */
export function requireEngine<E extends Engine>(engine: E, timeoutMs = 2000): Promise<E> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: engine.host, port: engine.port });
    const done = (error?: string) => {
      socket.destroy();
      if (error) reject(new EngineUnavailableError(engine, error));
      else resolve(engine);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once('connect', () => done());
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

/** A name no other test run uses, for databases, topics and consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
