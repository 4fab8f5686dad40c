import { OPAQUE_ID, OPAQUE_ID_MAX } from '@yunghap/platform-nest';

/**
 * Every id the API takes, in a path, a query or a body, is checked against one of these before it
 * reaches a stream name or a read-model filter: a fuzzer's NUL byte or lone surrogate would
 * otherwise reach PostgreSQL, which refuses it with an error the client would see as a 500.
 */

/** Call ids come from the applications service; these characters are safe in a committee id and a URL. */
export const CALL_ID = OPAQUE_ID;
export const CALL_ID_MAX = OPAQUE_ID_MAX;

/** Center ids such as `jungbu`: no dot, so a committee id (`<callId>.<centerId>`) names one center only. */
export const CENTER_ID = /^[a-z][a-z0-9-]{0,49}$/;
export const CENTER_ID_MAX = 50;

/** `<callId>.<centerId>` or `<callId>.shared` (see `committeeIdFor`). */
export const COMMITTEE_ID = new RegExp(`${OPAQUE_ID.source.slice(0, -1)}\\.${CENTER_ID.source.slice(1)}`);
export const COMMITTEE_ID_MAX = CALL_ID_MAX + 1 + CENTER_ID_MAX;

/** Application ids are the applications service's UUIDs; tests and older data use words such as `app-1`. */
export const APPLICATION_ID = OPAQUE_ID;
export const APPLICATION_ID_MAX = OPAQUE_ID_MAX;

/** User ids are token subjects: OpenID Connect keeps them to printable ASCII, here without spaces. */
export const USER_ID = /^[!-~]{1,100}$/;
export const USER_ID_MAX = 100;

/** Criterion ids key the scores in stored documents: no dots or dollar signs. */
export const CRITERION_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
