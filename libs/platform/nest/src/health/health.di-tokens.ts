/** Parts of a service register their `HealthProbe`s under this token (a multi-provider array). */
export const HEALTH_PROBES = Symbol('HEALTH_PROBES');
