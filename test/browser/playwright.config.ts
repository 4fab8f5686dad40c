import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The platform under test: every service in one process behind the gateway, with the demo data,
// on ports of its own so a developer's `npm start` on 3000 does not get in the way.
const gatewayPort = 4400;
const servicePorts = { APPLICATIONS_PORT: 4401, EVALUATION_PORT: 4402, GRANTS_PORT: 4403, MENTORING_PORT: 4404, CENTERS_PORT: 4405 };
const workspaceRoot = path.join(__dirname, '..', '..');

export const baseURL = `http://localhost:${gatewayPort}`;

export default defineConfig({
  testDir: path.join(__dirname, 'specs'),
  outputDir: path.join(workspaceRoot, 'dist', 'browser-test-output'),
  // One platform, one browser: the journeys share the demo data and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], [path.join(__dirname, 'support', 'jest-shaped-reporter.ts')]],
  use: {
    baseURL,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/lib/chromium/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node -r @swc-node/register deploy/single-process/start.ts --demo',
    cwd: workspaceRoot,
    url: `${baseURL}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ...Object.fromEntries(Object.entries(servicePorts).map(([name, port]) => [name, String(port)])),
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_PUBLIC_URL: baseURL,
      YUNGHAP_DATA_DIR: 'memory',
      LOG_LEVEL: 'warn',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
    },
  },
});
