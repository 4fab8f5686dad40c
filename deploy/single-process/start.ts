// `npm start` (add `-- --demo` for a realistic call, consortia and committee): the single-process mode.
import pino from 'pino';
import { seedDemo } from './demo-seed';
import { startPlatform } from './platform';

const logger = pino({ base: { service: 'launcher' } });

async function main(): Promise<void> {
  const platform = await startPlatform();
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping all services');
    await platform.stop().catch((error: unknown) => logger.error({ err: error }, 'a service failed to stop cleanly'));
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  if (process.argv.includes('--demo')) await seedDemo(platform.urls, logger);
  logger.info({ services: platform.urls }, 'Yunghap is running (single process)');
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Yunghap failed to start');
  process.exit(1);
});
