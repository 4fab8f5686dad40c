import { randomUUID } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedRequest } from '../auth/current-user.decorator';

export const CORRELATION_HEADER = 'x-correlation-id';

/** The client's `X-Correlation-Id` when it is well formed, else a new one. */
export function correlationIdOf(request: AuthenticatedRequest): string {
  const header = request.headers[CORRELATION_HEADER];
  return typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
}

/**
 * The metadata of a command issued over HTTP: now (the domain has no clock), the caller as actor,
 * and the correlation id the client sent (`X-Correlation-Id`) or a new one.
 */
export const CommandMeta = createParamDecorator((_data: unknown, context: ExecutionContext): CommandMetadata => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CommandMeta used on a route without authentication');
  const correlationId = request.correlationId ?? correlationIdOf(request);
  return { now: new Date().toISOString(), actor: { userId: request.user.userId, role: request.user.role }, correlationId };
});

/**
 * The platform acting on its own (seeding, reacting to another service's event), at `now`: the
 * present unless the act answers a fact dated otherwise (see `consumerContext`).
 */
export function systemMetadata(correlationId: string = randomUUID(), causationId?: string, now: string = new Date().toISOString()): CommandMetadata {
  return { now, actor: { userId: 'yunghap', role: 'system' }, correlationId, causationId };
}
