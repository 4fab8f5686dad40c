// `npm start` (add `-- --demo` for two calls with consortia, committees, awards, payments, a recovery and mentoring): the single-process mode,
// every service and the gateway in front of them; people open the gateway's URL.
import pino from 'pino';
import { seedDemo } from './demo-seed';
import { startPlatformBehindGateway } from './platform';

// A person running `npm start` sees one line, the URL to open; LOG_LEVEL=info (or warn) brings back
// every service's, the gateway's and the launcher's structured lines.
const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'error', ...process.env };
const logger = pino({ base: { service: 'launcher' }, level: env['LOG_LEVEL'] });
// The development provider (oidc-provider) writes its notices with console.warn: here they are log lines like the rest.
/* eslint-disable no-console -- the one place that takes over console.warn, for that library's notices */
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) =>
  typeof args[0] === 'string' && args[0].startsWith('oidc-provider ') ? logger.warn({ component: 'dev-oidc' }, args[0]) : consoleWarn(...args);
/* eslint-enable no-console */

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
