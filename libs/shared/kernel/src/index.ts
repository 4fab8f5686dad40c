export * from './actor';
export * from './brand';
export * from './decider';
export * from './domain-error';
export * from './won';
export * from './calendar-date';
export * from './instant';
