// The single-process mode: all five services in one Node process (`npm start`).
// Services never import each other, so the launcher loads each one's entry file by path.
import path from 'node:path';
import pino from 'pino';
import { RunningService, ServiceBootstrap, ServiceName } from '@yunghap/platform-nest';

const START_ORDER: readonly ServiceName[] = ['centers', 'applications', 'evaluation', 'grants', 'mentoring'];
const logger = pino({ base: { service: 'launcher' } });

function loadBootstrap(name: ServiceName): ServiceBootstrap {
  const entry = path.join(__dirname, '..', '..', 'services', name, 'src', 'main');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the note at the top of the file
  return (require(entry) as { bootstrap: ServiceBootstrap }).bootstrap;
}

async function main(): Promise<void> {
  const running: RunningService[] = [];
  const stopAll = async (signal: string) => {
    logger.info({ signal }, 'stopping all services');
    await Promise.allSettled(running.map((service) => service.app.close()));
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stopAll(signal));
  process.once('SIGTERM', (signal) => void stopAll(signal));

  for (const name of START_ORDER) {
    running.push(await loadBootstrap(name)({ shutdownHooks: false }));
  }
  logger.info({ services: Object.fromEntries(running.map((s) => [s.name, s.url])) }, 'Yunghap is running (single process)');
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Yunghap failed to start');
  process.exit(1);
});
