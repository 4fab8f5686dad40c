// All five services in this process. Services never import each other, so each one's entry
// file is loaded by path; in one process they share the in-process bus.
import net from 'node:net';
import path from 'node:path';
import { RunningService, SERVICE_RUNTIME, ServiceBootstrap, ServiceName, ServiceRuntime } from '@yunghap/platform-nest';

export const START_ORDER: readonly ServiceName[] = ['centers', 'applications', 'evaluation', 'grants', 'mentoring'];

export interface RunningPlatform {
  readonly services: readonly RunningService[];
  readonly urls: Readonly<Record<ServiceName, string>>;
  stop(): Promise<void>;
}

function loadEntry<T>(name: ServiceName | 'gateway'): T {
  const entry = path.join(__dirname, '..', '..', 'services', name, 'src', 'main');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the note at the top of the file
  return require(entry) as T;
}

function loadBootstrap(name: ServiceName): ServiceBootstrap {
  return loadEntry<{ bootstrap: ServiceBootstrap }>(name).bootstrap;
}

/** The gateway as services/gateway's entry exports it (typed here: no project imports an application). */
interface RunningGateway {
  readonly url: string;
  readonly publicUrl: string;
  stop(): Promise<void>;
}
type StartGateway = (env: NodeJS.ProcessEnv, upstreams: Readonly<Record<ServiceName, string>>) => Promise<RunningGateway>;

export interface RunningPlatformBehindGateway extends RunningPlatform {
  readonly gateway: RunningGateway;
}

/** Starts every service with `env` (ports, data folder, log level) and returns their URLs. */
export async function startPlatform(given: NodeJS.ProcessEnv = process.env): Promise<RunningPlatform> {
  const env = await withPortsChosen(given);
  const services: RunningService[] = [];
  // No service relays its outbox before every service's consumers are subscribed.
  let openRelays = () => undefined as void;
  const relayGate = new Promise<void>((resolve) => (openRelays = resolve));
  for (const name of START_ORDER) services.push(await loadBootstrap(name)({ env, shutdownHooks: false, runtimeOverrides: { relayGate } }));
  const runtimes = services.map((service) => service.app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false }));
  await Promise.all(runtimes.map((runtime) => runtime.subscribed()));
  openRelays();
  await Promise.all(runtimes.map((runtime) => runtime.ready()));
  return {
    services,
    urls: Object.fromEntries(services.map((s) => [s.name, s.url])) as Record<ServiceName, string>,
    stop: async () => {
      for (const service of [...services].reverse()) await service.app.close();
    },
  };
}

/**
 * `env` with a free port chosen now for each service asked for port 0: a service reads its peers'
 * addresses at start (grants asks the others for their parts of an evidence packet).
 */
async function withPortsChosen(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const chosen: NodeJS.ProcessEnv = { ...env };
  for (const name of START_ORDER) {
    const variable = `${name.toUpperCase()}_PORT`;
    if (env[variable] === '0') chosen[variable] = String(await freePort());
  }
  return chosen;
}

/** A free port now, for a gateway asked for port 0: the services must know its JWKS URL before it starts. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The services, then the gateway in front of them (`GATEWAY_PORT`, default 3000). The services are
 * told the gateway's JWKS URL up front and fetch it on their first gateway token, so they start first
 * and the gateway is handed their URLs.
 * Example: `const { gateway } = await startPlatformBehindGateway({ GATEWAY_PORT: '0', YUNGHAP_DATA_DIR: 'memory' });`
 */
export async function startPlatformBehindGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningPlatformBehindGateway> {
  const gatewayPort = env['GATEWAY_PORT'] === '0' ? String(await freePort()) : (env['GATEWAY_PORT'] ?? '3000');
  const withGateway = { ...env, GATEWAY_PORT: gatewayPort, AUTH_JWKS_URL: env['AUTH_JWKS_URL'] ?? `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json` };
  const platform = await startPlatform(withGateway);
  let gateway: RunningGateway;
  try {
    gateway = await loadEntry<{ startGateway: StartGateway }>('gateway').startGateway(withGateway, platform.urls);
  } catch (error) {
    await platform.stop();
    throw error;
  }
  return {
    ...platform,
    gateway,
    stop: async () => {
      await gateway.stop();
      await platform.stop();
    },
  };
}
