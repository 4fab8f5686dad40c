import { ConfigError, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('uses the documented default port of each service', () => {
    expect(loadServiceConfig('grants', {}).port).toBe(3003);
    expect(loadServiceConfig('centers', {}).port).toBe(3005);
  });

  it('reads <SERVICE>_PORT and LOG_LEVEL', () => {
    const config = loadServiceConfig('applications', { APPLICATIONS_PORT: '4100', LOG_LEVEL: 'warn' });
    expect(config).toEqual({ service: 'applications', port: 4100, host: '127.0.0.1', logLevel: 'warn' });
  });

  it('fails fast naming the variable when a port is not a port', () => {
    expect(() => loadServiceConfig('evaluation', { EVALUATION_PORT: '80a' })).toThrow(ConfigError);
    expect(() => loadServiceConfig('evaluation', { EVALUATION_PORT: '70000' })).toThrow(/EVALUATION_PORT/);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadServiceConfig('mentoring', { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
