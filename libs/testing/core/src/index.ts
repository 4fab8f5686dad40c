export * from './engines';
export * from './decider-specification';
