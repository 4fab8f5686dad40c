export * from './service-harness';
export * from './openapi-conformance';
export * from './test-users';
export * from './bus-probes';
export * from './read-model-probes';
export * from './paging-probes';
export * from './audit-log-probes';
export * from './privacy-probes';
