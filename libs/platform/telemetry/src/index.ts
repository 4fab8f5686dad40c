export * from './trace-context';
export * from './tracing-config';
export * from './service-tracing';
export * from './spans';
export * from './log-fields';
export * from './projection-span';
export * from './semantic-attributes';
