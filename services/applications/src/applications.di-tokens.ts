import { createCallDecider } from '@yunghap/applications-domain';

export type CallDecider = ReturnType<typeof createCallDecider>;

/** The call decider built with the program's configured policy (the eligibility terms a call gets by default). */
export const CALL_DECIDER = Symbol('CALL_DECIDER');
