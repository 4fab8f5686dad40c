// All five services in this process. Services never import each other, so each one's entry
// file is loaded by path; in one process they share the in-process bus.
import path from 'node:path';
import { RunningService, SERVICE_RUNTIME, ServiceBootstrap, ServiceName, ServiceRuntime } from '@yunghap/platform-nest';

export const START_ORDER: readonly ServiceName[] = ['centers', 'applications', 'evaluation', 'grants', 'mentoring'];

export interface RunningPlatform {
  readonly services: readonly RunningService[];
  readonly urls: Readonly<Record<ServiceName, string>>;
  stop(): Promise<void>;
}

function loadBootstrap(name: ServiceName): ServiceBootstrap {
  const entry = path.join(__dirname, '..', '..', 'services', name, 'src', 'main');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the note at the top of the file
  return (require(entry) as { bootstrap: ServiceBootstrap }).bootstrap;
}

/** Starts every service with `env` (ports, data folder, log level) and returns their URLs. */
export async function startPlatform(env: NodeJS.ProcessEnv = process.env): Promise<RunningPlatform> {
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
