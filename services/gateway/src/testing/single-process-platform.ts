import net from 'node:net';
import path from 'node:path';
import type { ServiceName } from '@yunghap/platform-nest';

/** The five services in one process, as `npm start` runs them (deploy/single-process/platform.ts). */
export interface RunningPlatform {
  readonly urls: Readonly<Record<ServiceName, string>>;
  stop(): Promise<void>;
}

// Loaded by path, like the launcher loads the services: no project imports an application.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { startPlatform } = require(path.join(__dirname, '..', '..', '..', '..', 'deploy', 'single-process', 'platform')) as {
  startPlatform(env: NodeJS.ProcessEnv): Promise<RunningPlatform>;
};

/** A loopback port nothing listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The variables that put the five services (in memory, on ports of their own) and the gateway (on
 * `port`) together for a test, with `extra` on top.
 */
export function platformEnv(port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const ports = Object.fromEntries(['APPLICATIONS', 'EVALUATION', 'GRANTS', 'MENTORING', 'CENTERS'].map((service) => [`${service}_PORT`, '0']));
  return {
    ...ports,
    YUNGHAP_DATA_DIR: 'memory',
    LOG_LEVEL: 'silent',
    GATEWAY_PORT: String(port),
    AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    ...extra,
  };
}
