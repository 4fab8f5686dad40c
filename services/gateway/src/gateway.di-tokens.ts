export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const SIGNING_KEY = Symbol('SIGNING_KEY');
export const SESSION_STORE = Symbol('SESSION_STORE');
/** The gateway's pino logger. */
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');
