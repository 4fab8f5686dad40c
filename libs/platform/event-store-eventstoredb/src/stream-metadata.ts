import { StreamMetadata } from '@yunghap/event-store';

/**
 * The port's stream metadata lives under one custom key of the server's metadata document.
 * At the top level, keys such as `maxAge`, `maxCount` or `truncateBefore` would be read by the
 * server as retention settings and let it scavenge audit events; under our key they are data.
 */
const OWN_KEY = 'yunghap';

export function ownStreamMetadata(document: Record<string, unknown>): StreamMetadata {
  const own = document[OWN_KEY];
  return typeof own === 'object' && own !== null && !Array.isArray(own) ? (own as StreamMetadata) : {};
}

/** The document with our metadata replaced and everything else (an operator's ACL, say) kept. */
export function withOwnStreamMetadata(document: Record<string, unknown>, metadata: StreamMetadata): Record<string, unknown> {
  return { ...document, [OWN_KEY]: metadata };
}
