import { randomBytes } from 'node:crypto';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from '../http/problem';
import { sessionIdOf } from '../session/session-cookie';

export const CSRF_HEADER = 'x-csrf-token';

const CSRF_REFUSED = {
  status: 403,
  code: 'AUTH.CSRF_TOKEN_INVALID',
  detail: '요청의 CSRF 토큰이 없거나 맞지 않습니다. 페이지를 새로 고치고 다시 시도하십시오. (The request lacks a valid x-csrf-token header; reload and retry.)',
};

/**
 * Double-submit CSRF protection bound to the session: `/auth/session` hands out the token, and every
 * state-changing request must send it back in `x-csrf-token`. The secret lives as long as the process,
 * like the in-memory sessions the tokens are bound to.
 */
export class CsrfProtection {
  private readonly csrf;

  constructor(production: boolean) {
    const secret = randomBytes(32).toString('base64url');
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (request) => sessionIdOf(request) ?? '',
      // The __Host- prefix needs Secure, which plain http on a developer's machine cannot have.
      cookieName: production ? '__Host-yunghap.csrf' : 'yunghap.csrf',
      cookieOptions: { sameSite: 'lax', secure: production, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (request) => request.headers[CSRF_HEADER],
    });
  }

  /** The token for the browser to send back; sets or keeps its cookie half. */
  token(request: Request, response: Response): string {
    return this.csrf.generateCsrfToken(request, response);
  }

  /** Express middleware: refuses POST, PUT, PATCH and DELETE without a matching token, before anything else runs. */
  readonly guard = (request: Request, response: Response, next: NextFunction): void => {
    this.csrf.doubleCsrfProtection(request, response, (error?: unknown) => (error ? sendProblem(request, response, CSRF_REFUSED) : next()));
  };
}
