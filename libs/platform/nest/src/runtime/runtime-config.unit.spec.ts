import path from 'node:path';
import { loadRuntimeConfig } from './runtime-config';

const distributed = { YUNGHAP_MODE: 'distributed', POSTGRES_URL: 'postgres://u@h:1/d', MONGO_URL: 'mongodb://h:2', KAFKA_BROKERS: 'h:3, h:4' };

describe('loadRuntimeConfig', () => {
  it('defaults to the single-process mode with PGlite under ./data', () => {
    expect(loadRuntimeConfig({})).toMatchObject({
      mode: 'single-process',
      dataDir: path.resolve('./data'),
      readYourWritesMs: 3_000,
      audit: { signingKey: { developmentFile: path.resolve('./data/audit-dev-signing.key') }, witnessDir: path.resolve('./data/audit-witness') },
    });
    expect(loadRuntimeConfig({ YUNGHAP_DATA_DIR: 'memory' })).toMatchObject({ mode: 'single-process', dataDir: null });
  });

  it('reads the engines of the distributed mode', () => {
    expect(loadRuntimeConfig(distributed)).toMatchObject({
      mode: 'distributed',
      postgresUrl: 'postgres://u@h:1/d',
      mongoUrl: 'mongodb://h:2',
      kafkaBrokers: ['h:3', 'h:4'],
      namespace: null,
      readYourWritesMs: 3_000,
    });
    expect(loadRuntimeConfig({ ...distributed, YUNGHAP_NAMESPACE: 'e2e1' })).toMatchObject({ namespace: 'e2e1' });
  });

  it('fails fast, naming the variable, when the distributed mode lacks an engine or gets a bad value', () => {
    expect(() => loadRuntimeConfig({ ...distributed, MONGO_URL: undefined })).toThrow(/MONGO_URL.*required/);
    expect(() => loadRuntimeConfig({ ...distributed, KAFKA_BROKERS: 'nohost' })).toThrow(/KAFKA_BROKERS/);
    expect(() => loadRuntimeConfig({ ...distributed, YUNGHAP_NAMESPACE: 'E2E;drop' })).toThrow(/YUNGHAP_NAMESPACE/);
    expect(() => loadRuntimeConfig({ YUNGHAP_MODE: 'cluster' })).toThrow(/YUNGHAP_MODE/);
    expect(() => loadRuntimeConfig({ READ_YOUR_WRITES_TIMEOUT_MS: '1.5' })).toThrow(/READ_YOUR_WRITES_TIMEOUT_MS/);
  });

  it('takes the read-your-writes bound from READ_YOUR_WRITES_TIMEOUT_MS', () => {
    expect(loadRuntimeConfig({ READ_YOUR_WRITES_TIMEOUT_MS: '0' })).toMatchObject({ readYourWritesMs: 0 });
    expect(loadRuntimeConfig({ ...distributed, READ_YOUR_WRITES_TIMEOUT_MS: '500' })).toMatchObject({ readYourWritesMs: 500 });
  });
});
