import { OPAQUE_ID } from '@yunghap/platform-nest';

// Shapes checked at the edge so that a typo answers 400 on its field; the domain checks them
// again (and answers 422) for callers that reach it another way.

/**
 * Ids of this service (UUIDs), of other contexts and of clients. They become part of stream
 * names, URLs and log lines, so anything else is refused before it reaches the store.
 */
export const ID = OPAQUE_ID;
export const ID_MESSAGE = '$property must be an id of 1 to 100 letters, digits, dots, underscores or hyphens, starting with a letter or digit';

/** A center's id as the centers service defines it: lower-case kebab-case. */
export const CENTER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CENTER_ID_MAX_LENGTH = 50;
export const CENTER_ID_MESSAGE = '$property must be a center id in lower-case kebab-case, such as honam';

/**
 * Free text. Events are stored as PostgreSQL jsonb, which cannot hold U+0000. The platform's
 * edge refuses such text first; the rule is stated here too so that the OpenAPI document says
 * so on each field (clients and the fuzzer then know it is not valid input).
 */
// eslint-disable-next-line no-control-regex -- the control character is the one refused
export const TEXT = /^[^\u0000]*$/;
export const TEXT_MESSAGE = '$property must not contain the character U+0000';
