import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { RunningGateway, startGateway } from '../start-gateway';

describe('the console’s files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-'));
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', GATEWAY_CONSOLE_DIR: dir });
  });
  afterAll(() => gateway?.stop());

  it('says how to build the console while there is no build', async () => {
    const page = await fetch(`${gateway.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('npx nx build console');
  });

  it('serves the build, and index.html for the app’s own routes but not for the gateway’s', async () => {
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>콘솔</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
    expect(await (await fetch(`${gateway.url}/applications/a-1`)).text()).toContain('<title>콘솔</title>');
    const script = await fetch(`${gateway.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${gateway.url}/auth/unknown`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });
});

describe('startGateway in production', () => {
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  it('refuses to start the development provider', async () => {
    await expect(startGateway({ NODE_ENV: 'production', GATEWAY_PORT: '0', GATEWAY_SIGNING_KEY: key })).rejects.toThrow(/OIDC_ISSUER/);
  });

  it('refuses to start without a signing key', async () => {
    const provider = { OIDC_ISSUER: 'https://login.example.kr', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' };
    await expect(startGateway({ NODE_ENV: 'production', GATEWAY_PORT: '0', ...provider })).rejects.toThrow(/GATEWAY_SIGNING_KEY/);
  });
});
