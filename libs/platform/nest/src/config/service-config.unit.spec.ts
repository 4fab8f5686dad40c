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

  it('uses the development JWT secret unless JWT_SECRET is set, and requires it in production', () => {
    expect(loadServiceConfig('grants', {}).auth.usesDevelopmentSecret).toBe(true);
    expect(loadServiceConfig('grants', { JWT_SECRET: 'x'.repeat(40) }).auth).toEqual({ jwtSecret: 'x'.repeat(40), usesDevelopmentSecret: false });
    expect(() => loadServiceConfig('grants', { NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadServiceConfig('grants', { JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadServiceConfig('mentoring', { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
