import type { Request } from 'express';

/** The route pattern a request matched (`/api/grants/grants/:grantId`), or `unmatched`: never the raw URL, which names ids. Known once routed. */
export function routeOf(request: Request): string {
  return (request.route?.path as string | undefined) ?? 'unmatched';
}
