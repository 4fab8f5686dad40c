export * from './actor';
export * from './brand';
export * from './decider';
export * from './domain-error';
export * from './role-not-allowed';
export * from './role-table';
export * from './text';
export * from './won';
export * from './calendar-date';
export * from './instant';
// The identifiers every context shares. Outside input goes through the one parser of each, which
// answers the canonical value or the DomainError that says why not.
export * from './business-registration-number';
export * from './province';
export * from './ksic';
export * from './korean-day';
export * from './program-year';
