import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticatedUser } from './authenticated-user';

export type AuthenticatedRequest = Request & {
  user?: AuthenticatedUser;
  /** Set before the handler when the request's events must be findable by it (Idempotency-Key). */
  correlationId?: string;
};

/** The caller, as established by the JwtAuthGuard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});
