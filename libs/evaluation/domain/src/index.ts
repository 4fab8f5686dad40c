export * from './committee';
export * from './committee.commands';
export * from './committee.events';
export * from './committee.errors';
export * from './committee.decider';
export * from './committee-snapshot';
export * from './committee-formation.decider';

export * from './rubric';
export * from './rubric.errors';
export * from './rubric.decider';

export * from './hundredths';
export * from './scoresheet';
export * from './recusal';
export * from './evaluation-result';
export * from './evaluation.commands';
export * from './evaluation.events';
export * from './evaluation.errors';
export * from './evaluation.state';
export * from './evaluation.decider';
export * from './score-visibility';
export * from './applicant-feedback';
export * from './ranking';

// The service's own aggregates: requests waiting for a committee, and its replicas of calls and centers.
export * from './evaluation-request.errors';
export * from './evaluation-request.decider';
export * from './known-calls.decider';
export * from './known-centers.decider';

export * from './evaluation.streams';
export * from './evaluation.roles';
export * from './personal-data';
