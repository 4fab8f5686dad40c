import type { IncomingMessage } from 'node:http';

/** Asked every few seconds by probes and scrapers: neither logged per request nor traced. */
const OPERATIONAL_PATHS = new Set(['/health', '/metrics']);

/**
 * Whether a request is a probe's or a scraper's. Reads `originalUrl`: where Nest mounts a
 * middleware on a route, Express rewrites `url` relative to it (`/health` reaches it as `/`).
 */
export function isOperationalRequest(request: IncomingMessage & { originalUrl?: string }): boolean {
  const url = request.originalUrl ?? request.url ?? '';
  return OPERATIONAL_PATHS.has(url.split('?', 1)[0]);
}
