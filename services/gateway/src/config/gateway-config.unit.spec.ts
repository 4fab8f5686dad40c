import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '@yunghap/platform-nest';
import { DEMO_PROGRAM_ROLES, loadGatewayConfig } from './gateway-config';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const realProvider = { OIDC_ISSUER: 'https://login.example.kr/realms/yunghap', OIDC_CLIENT_ID: 'console', OIDC_CLIENT_SECRET: 's3cret' };

describe('loadGatewayConfig', () => {
  it('runs with the development provider, a generated key and the demo program roles when nothing is set', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: null,
      production: false,
      signingKeyPem: null,
      identityProvider: { kind: 'development' },
      tokenTtlSeconds: 300,
      liveIntervalMs: 1_000,
    });
    expect(config.programRoles).toEqual(DEMO_PROGRAM_ROLES);
    expect(config.upstreams).toEqual({
      applications: 'http://127.0.0.1:3001',
      evaluation: 'http://127.0.0.1:3002',
      grants: 'http://127.0.0.1:3003',
      mentoring: 'http://127.0.0.1:3004',
      centers: 'http://127.0.0.1:3005',
    });
  });

  it('refuses the development provider in production, naming OIDC_ISSUER', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', GATEWAY_SIGNING_KEY: pem() })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', GATEWAY_SIGNING_KEY: pem() })).toThrow(/OIDC_ISSUER/);
  });

  it('refuses production without a signing key, naming GATEWAY_SIGNING_KEY', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', ...realProvider })).toThrow(/GATEWAY_SIGNING_KEY/);
  });

  it('starts in production with a real provider and a key from a file, and no program roles by default', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-key-')), 'key.pem');
    fs.writeFileSync(file, pem());
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      ...realProvider,
      GATEWAY_SIGNING_KEY_FILE: file,
      GATEWAY_PUBLIC_URL: 'https://yunghap.example.kr/',
    });
    expect(config).toMatchObject({
      production: true,
      publicUrl: 'https://yunghap.example.kr',
      identityProvider: { kind: 'external', clientId: 'console' },
      programRoles: {},
    });
    expect(config.signingKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(() => loadGatewayConfig({ ...realProvider, GATEWAY_SIGNING_KEY_FILE: `${file}.missing` })).toThrow(/GATEWAY_SIGNING_KEY_FILE/);
  });

  it.each([
    [{ OIDC_ISSUER: 'https://login.example.kr' }, /OIDC_CLIENT_ID/],
    [{ ...realProvider, OIDC_CLIENT_SECRET: '' }, /OIDC_CLIENT_SECRET/],
    [{ GATEWAY_PROGRAM_ROLES: '{"a":"center-staff"}' }, /GATEWAY_PROGRAM_ROLES/],
    [{ GATEWAY_PROGRAM_ROLES: '[1]' }, /GATEWAY_PROGRAM_ROLES/],
    [{ GATEWAY_TOKEN_TTL_SECONDS: '0' }, /GATEWAY_TOKEN_TTL_SECONDS/],
    [{ GATEWAY_PORT: '70000' }, /GATEWAY_PORT/],
    [{ GATEWAY_UPSTREAM_GRANTS: 'grants:3003' }, /GATEWAY_UPSTREAM_GRANTS/],
    [{ GATEWAY_PUBLIC_URL: 'localhost:3000' }, /GATEWAY_PUBLIC_URL/],
  ])('fails fast naming the variable: %o', (env, variable) => {
    expect(() => loadGatewayConfig(env)).toThrow(variable);
  });

  it('reads the program roles and the upstreams', () => {
    const config = loadGatewayConfig({ GATEWAY_PROGRAM_ROLES: '{"u-1":"auditor"}', GATEWAY_UPSTREAM_CENTERS: 'http://centers:8080/' });
    expect(config.programRoles).toEqual({ 'u-1': 'auditor' });
    expect(config.upstreams.centers).toBe('http://centers:8080');
  });
});
