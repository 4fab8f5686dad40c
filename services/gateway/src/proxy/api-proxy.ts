import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createProxyMiddleware, RequestHandler as ProxyHandler } from 'http-proxy-middleware';
import type { Logger } from 'pino';
import type { ServiceName } from '@yunghap/platform-nest';
import type { Upstreams } from '../config/gateway-config';
import { CSRF_HEADER } from '../csrf/csrf';
import { IDENTITY_UNAVAILABLE, NO_ACTIVE_ROLE, NOT_SIGNED_IN, sendProblem } from '../http/problem';
import { IdentityUnavailable } from '../identity/identity-resolver';
import type { RoleTokens } from '../identity/role-tokens';
import { sessionIdOf } from '../session/session-cookie';
import type { SessionStore } from '../session/session-store';

const API_PATH = /^\/api\/(applications|evaluation|grants|mentoring|centers)(?:\/|$)/;
const DOCS_PATH = /^\/api\/[a-z]+\/docs-json$/;
/** Every service serves the whole deployment's audit keys (they derive from one key): grants answers. */
const AUDIT_KEYS_PATH = '/.well-known/yunghap-audit-keys';

const UPSTREAM_DOWN = {
  status: 502,
  code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
  detail: '서비스에 연결할 수 없습니다. 잠시 후 다시 시도하십시오. (The service cannot be reached; retry shortly.)',
};

export interface ApiProxyDependencies {
  readonly upstreams: Upstreams;
  readonly sessions: SessionStore;
  readonly roles: RoleTokens;
  readonly logger: Logger;
}

/**
 * Forwards `/api/<context>/…` to its service with the session's service token instead of the
 * browser's cookies; `/api/<context>/docs-json` and the audit log's public keys (public in the
 * services) without any token.
 */
export function apiProxy({ upstreams, sessions, roles, logger }: ApiProxyDependencies): RequestHandler {
  const proxies = Object.fromEntries(
    Object.entries(upstreams).map(([service, target]) => [
      service,
      createProxyMiddleware<Request, Response>({
        target,
        changeOrigin: true,
        on: {
          error: (error, request, response) => {
            logger.warn({ err: error, service, url: request.originalUrl }, 'upstream unavailable');
            if ('headersSent' in response && !response.headersSent) sendProblem(request, response, UPSTREAM_DOWN);
            else response.destroy();
          },
        },
      }),
    ]),
  ) as Record<ServiceName, ProxyHandler<Request, Response>>;

  return async (request: Request, response: Response, next: NextFunction) => {
    const auditKeys = request.method === 'GET' && request.path === AUDIT_KEYS_PATH;
    const service = auditKeys ? 'grants' : (API_PATH.exec(request.path)?.[1] as ServiceName | undefined);
    if (!service) return next();
    // The browser's credentials stop here: services see a bearer token or nothing.
    delete request.headers.cookie;
    delete request.headers.authorization;
    delete request.headers[CSRF_HEADER];
    if (auditKeys) return proxies.grants(request, response, next);
    if (request.method === 'GET' && DOCS_PATH.test(request.path)) {
      request.url = '/api/docs-json';
      return proxies[service](request, response, next);
    }
    const id = sessionIdOf(request);
    const session = id === undefined ? undefined : await sessions.find(id);
    if (!session?.user) return sendProblem(request, response, NOT_SIGNED_IN);
    try {
      if (await roles.ensureFresh(session)) await sessions.save(session);
    } catch (error) {
      if (!(error instanceof IdentityUnavailable)) return next(error);
      logger.warn({ err: error }, 'roles could not be resolved');
      return sendProblem(request, response, IDENTITY_UNAVAILABLE);
    }
    if (!session.token) return sendProblem(request, response, NO_ACTIVE_ROLE);
    request.headers.authorization = `Bearer ${session.token.value}`;
    return proxies[service](request, response, next);
  };
}
