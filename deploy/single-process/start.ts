// `npm start` (add `-- --demo` for a realistic call, consortia and committee): the single-process mode,
// every service and the gateway in front of them; people open the gateway's URL.
import pino from 'pino';
import { seedDemo } from './demo-seed';
import { startPlatformBehindGateway } from './platform';

const logger = pino({ base: { service: 'launcher' } });
// The services' and the gateway's own lines at warnings and above unless LOG_LEVEL asks for more;
// the launcher's lines (and the URL to open) always show.
const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn', ...process.env };

async function main(): Promise<void> {
  const platform = await startPlatformBehindGateway(env);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping all services');
    await platform.stop().catch((error: unknown) => logger.error({ err: error }, 'a service failed to stop cleanly'));
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  if (process.argv.includes('--demo')) await seedDemo(platform.urls, logger);
  logger.info({ services: platform.urls, gateway: platform.gateway.url }, 'Yunghap is running (single process)');
  process.stdout.write(`융합 콘솔: ${platform.gateway.publicUrl}\n`);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Yunghap failed to start');
  process.exit(1);
});
