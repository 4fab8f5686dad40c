import { createApplicationDecider, createCallDecider } from '@yunghap/applications-domain';

export type CallDecider = ReturnType<typeof createCallDecider>;
export type ApplicationDecider = ReturnType<typeof createApplicationDecider>;

/** The call decider built with the program's configured policy. */
export const CALL_DECIDER = Symbol('CALL_DECIDER');
/** The application decider built with the program's configured policy. */
export const APPLICATION_DECIDER = Symbol('APPLICATION_DECIDER');
