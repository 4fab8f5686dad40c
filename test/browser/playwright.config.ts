import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { gatewayPort, servicePorts } from './support/ports';

// The platform under test: every service in one process behind the gateway, with the demo data.
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
