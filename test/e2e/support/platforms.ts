import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { Client } from 'pg';
import type { ServiceName } from '@yunghap/platform-nest';
import { localEngines, requireEngine } from '@yunghap/testing';

export const workspaceRoot = path.resolve(__dirname, '..', '..', '..');
export const SERVICES: readonly ServiceName[] = ['centers', 'applications', 'evaluation', 'grants', 'mentoring'];

export interface Platform {
  readonly mode: 'single-process' | 'distributed';
  readonly urls: Readonly<Record<ServiceName, string>>;
  stop(): Promise<void>;
}

/** A port nothing listens on now, for a service the test starts. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function healthy(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} before answering /health; see ${log}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer /health within 120 s; see ${log}`);
}

/** Drops what a namespaced platform left on the shared engines: schemas, databases, topics. */
export async function dropNamespace(namespace: string): Promise<void> {
  const engines = localEngines();
  const pg = new Client({ connectionString: engines.postgres.url });
  await pg.connect();
  for (const service of SERVICES) await pg.query(`DROP SCHEMA IF EXISTS ${namespace}_${service} CASCADE`);
  await pg.end();
  const mongo = await mongoose.createConnection(`mongodb://${engines.mongo.host}:${engines.mongo.port}`).asPromise();
  for (const service of SERVICES) await mongo.useDb(`yunghap_${namespace}_${service}`).dropDatabase();
  await mongo.close();
  const admin = new Kafka({ clientId: 'e2e-cleanup', brokers: engines.kafka.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${namespace}.`));
  if (topics.length > 0) await admin.deleteTopics({ topics });
  await admin.disconnect();
}

/** Settings a scenario adds to (or overrides in) every service's environment, e.g. `READ_YOUR_WRITES_TIMEOUT_MS`. */
export type ExtraEnv = Readonly<Record<string, string>>;

/** What a service process of the distributed mode needs to find the local engines, under `namespace`. */
export function distributedEnv(namespace: string): NodeJS.ProcessEnv {
  const engines = localEngines();
  return {
    YUNGHAP_MODE: 'distributed',
    YUNGHAP_NAMESPACE: namespace,
    POSTGRES_URL: engines.postgres.url,
    MONGO_URL: `mongodb://${engines.mongo.host}:${engines.mongo.port}`,
    KAFKA_BROKERS: engines.kafka.brokers.join(','),
    LOG_LEVEL: 'info',
  };
}

/**
 * The distributed mode as operators run it: each service its own Node process over PostgreSQL,
 * FerretDB and Kafka, under a namespace of its own so that it shares the engines with nobody.
 */
export async function startDistributedPlatform(namespace: string, extraEnv: ExtraEnv = {}): Promise<Platform> {
  const engines = localEngines();
  await Promise.all([requireEngine(engines.postgres), requireEngine(engines.kafka), requireEngine(engines.mongo)]);
  const logDir = path.join(workspaceRoot, 'dist', 'e2e-logs', namespace);
  mkdirSync(logDir, { recursive: true });
  const children: ChildProcess[] = [];
  const urls: Partial<Record<ServiceName, string>> = {};
  const stop = async () => {
    await stopChildren();
    await dropNamespace(namespace);
  };
  const stopChildren = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
          }),
      ),
    );
  };
  try {
    for (const service of SERVICES) {
      const port = await freePort();
      const log = path.join(logDir, `${service}.log`);
      const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join('services', service, 'src', 'main.ts')], {
        cwd: workspaceRoot,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          SWC_NODE_PROJECT: 'tsconfig.base.json',
          ...distributedEnv(namespace),
          [`${service.toUpperCase()}_PORT`]: String(port),
          ...extraEnv,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out = createWriteStream(log);
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      children.push(child);
      urls[service] = `http://127.0.0.1:${port}`;
      await healthy(urls[service] as string, child, log);
    }
  } catch (error) {
    await stopChildren();
    throw error;
  }
  return { mode: 'distributed', urls: urls as Record<ServiceName, string>, stop };
}

/** The single-process mode, exactly as `npm start` composes it, with events in memory. */
export async function startSingleProcessPlatform(extraEnv: ExtraEnv = {}): Promise<Platform> {
  // Loaded by path, like the launcher loads the services: no project imports an application.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPlatform } = require(path.join(workspaceRoot, 'deploy', 'single-process', 'platform')) as typeof import('../../../deploy/single-process/platform');
  const ports = Object.fromEntries(SERVICES.map((service) => [`${service.toUpperCase()}_PORT`, '0']));
  const platform = await startPlatform({ ...ports, YUNGHAP_DATA_DIR: 'memory', LOG_LEVEL: 'warn', ...extraEnv });
  return { mode: 'single-process', urls: platform.urls, stop: () => platform.stop() };
}
