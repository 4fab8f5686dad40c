export * from './money';
export * from './program-seed';
export * from './grants.streams';
export * from './grants.errors';
export * from './grants.roles';

export * from './program.commands';
export * from './program.events';
export * from './program.decider';

export * from './budget-line.commands';
export * from './budget-line.events';
export * from './budget-line.decider';
export * from './budget-line.balance';

export * from './disbursement-schedule';
export * from './year-parts';
export * from './recipient';
export * from './agreement';
export * from './grant.commands';
export * from './grant.events';
export * from './grant.state';
export * from './grant.decider';

export * from './mentoring-allocation.commands';
export * from './mentoring-allocation.events';
export * from './mentoring-allocation.decider';

export * from './candidate.decider';
export * from './call-line.decider';

export * from './line-instruction';

export * from './timed-event';
export * from './budget-as-of';
export * from './execution-series';
export * from './csv-cells';
export * from './ledger';
export * from './reports';
