import type { CookieOptions, Request, Response } from 'express';
import { SESSION_ABSOLUTE_MS } from './session-store';

export const SESSION_COOKIE = 'yunghap.sid';

/** httpOnly, SameSite=Lax (the provider's redirect back is a top-level GET), Secure in production. */
export function sessionCookieOptions(production: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: production, path: '/', maxAge: SESSION_ABSOLUTE_MS };
}

export function sessionIdOf(request: Request): string | undefined {
  const id: unknown = request.cookies?.[SESSION_COOKIE];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

export function setSessionCookie(response: Response, id: string, production: boolean): void {
  response.cookie(SESSION_COOKIE, id, sessionCookieOptions(production));
}

export function clearSessionCookie(response: Response, production: boolean): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(production);
  response.clearCookie(SESSION_COOKIE, options);
}
