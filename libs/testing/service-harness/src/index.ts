export * from './service-harness';
export * from './openapi-conformance';
