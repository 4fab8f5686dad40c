import { ConfigError } from './config-error';
import { loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('uses the documented default port of each service', () => {
    expect(loadServiceConfig('grants', {}).port).toBe(3003);
    expect(loadServiceConfig('centers', {}).port).toBe(3005);
  });

  it('reads <SERVICE>_PORT and LOG_LEVEL', () => {
    const config = loadServiceConfig('applications', { APPLICATIONS_PORT: '4100', LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ service: 'applications', port: 4100, host: '127.0.0.1', logLevel: 'warn' });
  });

  it('fails fast naming the variable when a port is not a port', () => {
    expect(() => loadServiceConfig('evaluation', { EVALUATION_PORT: '80a' })).toThrow(ConfigError);
    expect(() => loadServiceConfig('evaluation', { EVALUATION_PORT: '70000' })).toThrow(/EVALUATION_PORT/);
  });

  it('uses the development JWT secret unless JWT_SECRET is set, which must be long', () => {
    expect(loadServiceConfig('grants', {}).auth).toMatchObject({ usesDevelopmentSecret: true, acceptsDevelopmentTokens: true, gatewayKeys: null });
    expect(loadServiceConfig('grants', { JWT_SECRET: 'x'.repeat(40) }).auth).toMatchObject({ jwtSecret: 'x'.repeat(40), usesDevelopmentSecret: false });
    expect(() => loadServiceConfig('grants', { JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it("checks the gateway's tokens against AUTH_JWKS_URL, issued by AUTH_TOKEN_ISSUER (yunghap-gateway unless set) for yunghap-services", () => {
    const jwks = 'http://127.0.0.1:3000/.well-known/jwks.json';
    expect(loadServiceConfig('grants', { AUTH_JWKS_URL: jwks }).auth.gatewayKeys).toEqual({
      jwksUrl: new URL(jwks),
      issuer: 'yunghap-gateway',
      audience: 'yunghap-services',
    });
    expect(loadServiceConfig('grants', { AUTH_JWKS_URL: jwks, AUTH_TOKEN_ISSUER: 'https://gw.example' }).auth.gatewayKeys?.issuer).toBe('https://gw.example');
    expect(() => loadServiceConfig('grants', { AUTH_JWKS_URL: 'gateway:3000' })).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadServiceConfig('grants', { AUTH_JWKS_URL: jwks, AUTH_TOKEN_ISSUER: ' ' })).toThrow(/AUTH_TOKEN_ISSUER/);
  });

  it('requires AUTH_JWKS_URL in production, and accepts no development token there even with JWT_SECRET set', () => {
    expect(() => loadServiceConfig('grants', { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/AUTH_JWKS_URL/);
    const production = loadServiceConfig('grants', {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      AUTH_JWKS_URL: 'https://gw.example/.well-known/jwks.json',
    });
    expect(production.auth.acceptsDevelopmentTokens).toBe(false);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadServiceConfig('mentoring', { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
