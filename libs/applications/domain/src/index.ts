// The applications bounded context: calls (공고) and consortium applications, pure.
export * from './applications.policy';
export * from './applications.errors';
export * from './application-content';
export * from './call.commands';
export * from './call.events';
export * from './call.state';
export * from './call.decider';
export * from './application.outcomes';
export * from './application.commands';
export * from './application.events';
export * from './application.state';
export * from './application.decider';
export * from './screening.types';
export * from './screening-rules';
export * from './screen';
export * from './routing-replica.decider';
export * from './applications.streams';
