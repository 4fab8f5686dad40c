import 'reflect-metadata';
export * from './contract';
export * from './topics';
export * from './validators';
export * from './applications.contracts';
export * from './centers.contracts';
export * from './evaluation.contracts';
export * from './grants.contracts';
export * from './mentoring.contracts';
