import { ConfigError } from './config-error';
import { loadTracingConfig } from './tracing-config';

const otlp = (url: string) => ({ serviceName: 'yunghap-grants', destination: { kind: 'otlp', url } });

describe('loadTracingConfig', () => {
  it('is off, at no cost, until an OTLP endpoint is set', () => {
    expect(loadTracingConfig('grants', {})).toEqual({ serviceName: 'yunghap-grants', destination: null });
    expect(loadTracingConfig('grants', { OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toMatchObject({ destination: null });
  });

  it('sends to <endpoint>/v1/traces, or to the traces endpoint exactly as given', () => {
    expect(loadTracingConfig('grants', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toEqual(otlp('http://127.0.0.1:4318/v1/traces'));
    expect(loadTracingConfig('grants', { OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example/collector/' })).toEqual(
      otlp('https://otel.example/collector/v1/traces'),
    );
    expect(
      loadTracingConfig('grants', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/otlp/traces' }),
    ).toEqual(otlp('http://tempo:4318/otlp/traces'));
  });

  it('names each service apart, whatever OTEL_SERVICE_NAME says', () => {
    expect(loadTracingConfig('centers', { OTEL_SERVICE_NAME: 'platform' }).serviceName).toBe('yunghap-centers');
  });

  it('stays off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none, endpoint or not', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
    expect(loadTracingConfig('grants', { ...endpoint, OTEL_SDK_DISABLED: 'TRUE' }).destination).toBeNull();
    expect(loadTracingConfig('grants', { ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).destination).toBeNull();
    expect(loadTracingConfig('grants', { ...endpoint, OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }).destination).not.toBeNull();
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '127.0.0.1:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT/],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' }, /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, /OTEL_EXPORTER_OTLP_PROTOCOL.*http\/protobuf/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' }, /OTEL_EXPORTER_OTLP_TRACES_PROTOCOL/],
    [{ OTEL_TRACES_EXPORTER: 'zipkin' }, /OTEL_TRACES_EXPORTER/],
    [{ OTEL_SDK_DISABLED: 'yes' }, /OTEL_SDK_DISABLED/],
  ])('fails fast naming the variable: %o', (env, variable) => {
    expect(() => loadTracingConfig('grants', env)).toThrow(ConfigError);
    expect(() => loadTracingConfig('grants', env)).toThrow(variable);
  });
});
