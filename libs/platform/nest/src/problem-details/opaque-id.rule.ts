/**
 * The shape of an id that one service issues and others carry (calls, applications, allocations,
 * mentors): 1 to 100 letters, digits, dots, underscores or hyphens, starting with a letter or
 * digit. Safe in a stream name, a URL and a committee id; one rule, so services agree on it.
 */
export const OPAQUE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const OPAQUE_ID_MAX = 100;
