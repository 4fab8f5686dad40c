export * from './personal-key-store.port';
export * from './key-wrapping';
export * from './memory-key-store';
export * from './sql-key-store';
export * from './sealed-value';
export * from './personal-fields';
