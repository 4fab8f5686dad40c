/** Services register the checks of the engines they depend on under this token. */
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
