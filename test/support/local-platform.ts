import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { Client } from 'pg';
import type { ServiceName } from '@yunghap/platform-nest';
import { localEngines } from '@yunghap/testing';

export const workspaceRoot = path.resolve(__dirname, '..', '..');
export const SERVICES: readonly ServiceName[] = ['centers', 'applications', 'evaluation', 'grants', 'mentoring'];

/** The platform a scenario runs against, in either mode. */
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

/** Where a namespaced platform keeps its files (its development audit key and witness folder). */
const dataDirOf = (namespace: string) => path.join(workspaceRoot, 'dist', 'platform-data', namespace);

/** Drops what a namespaced platform left on the shared engines (schemas, databases, topics) and its files. */
export async function dropNamespace(namespace: string): Promise<void> {
  rmSync(dataDirOf(namespace), { recursive: true, force: true });
  const engines = localEngines();
  const pg = new Client({ connectionString: engines.postgres.url });
  await pg.connect();
  for (const service of SERVICES) {
    await pg.query(`DROP SCHEMA IF EXISTS ${namespace}_${service} CASCADE`);
    await pg.query(`DROP SCHEMA IF EXISTS ${namespace}_${service}_personal_keys CASCADE`);
  }
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
    YUNGHAP_DATA_DIR: dataDirOf(namespace),
    LOG_LEVEL: 'info',
  };
}
