export * from './engines';
export * from './decider-specification';
export * from './suite-resources';
export * from './fault-proxy';
export * from './role-table';
export * from './crash-worker';
