import path from 'node:path';
import { ExtraEnv, Platform, SERVICES, workspaceRoot } from './local-platform';

/** The single-process mode, exactly as `npm start` composes it, with events in memory. */
export async function startSingleProcessPlatform(extraEnv: ExtraEnv = {}): Promise<Platform> {
  // Loaded by path, like the launcher loads the services: no project imports an application.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPlatform } = require(path.join(workspaceRoot, 'deploy', 'single-process', 'platform')) as typeof import('../../deploy/single-process/platform');
  const ports = Object.fromEntries(SERVICES.map((service) => [`${service.toUpperCase()}_PORT`, '0']));
  const platform = await startPlatform({ ...ports, YUNGHAP_DATA_DIR: 'memory', LOG_LEVEL: 'warn', ...extraEnv });
  return { mode: 'single-process', urls: platform.urls, stop: () => platform.stop() };
}
