import { Brand } from '@yunghap/kernel';

/** A center's stable id such as `daegu-gyeongbuk`; the brand keeps it apart from user ids. */
export type CenterId = Brand<string, 'CenterId'>;

// Ids become part of stream names and URLs, so they are restricted to lower-case kebab-case.
const CENTER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isCenterId(value: unknown): value is CenterId {
  return typeof value === 'string' && CENTER_ID_PATTERN.test(value);
}

/** Narrows an id the edge has already validated; anything else is a bug upstream, so it throws. */
export function centerId(value: string): CenterId {
  if (!isCenterId(value)) throw new RangeError(`Not a center id (lower-case kebab-case): ${JSON.stringify(value)}`);
  return value;
}
