import { CENTER_SEEDS } from '@yunghap/centers-domain';

/**
 * The domain's center-id rule (`isCenterId`: lower-case kebab-case) as a pattern, so that the
 * OpenAPI document states it and a malformed id is refused at the edge, naming the field.
 */
export const CENTER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The domain sets no length; ids become stream names and URLs, and the seven are far shorter.
export const CENTER_ID_MAX_LENGTH = 64;

/** The centers the routing may send provinces to: the seven registered on first start. */
export const KNOWN_CENTER_IDS: readonly string[] = CENTER_SEEDS.map((seed) => seed.centerId);
