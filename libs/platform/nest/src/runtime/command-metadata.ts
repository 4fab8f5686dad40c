import { randomUUID } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedRequest } from '../auth/current-user.decorator';

export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * The metadata of a command issued over HTTP: now (the domain has no clock), the caller as actor,
 * and the correlation id the client sent (`X-Correlation-Id`) or a new one.
 */
export const CommandMeta = createParamDecorator((_data: unknown, context: ExecutionContext): CommandMetadata => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CommandMeta used on a route without authentication');
  const header = request.headers[CORRELATION_HEADER];
  const correlationId = typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
  return { now: new Date().toISOString(), actor: { userId: request.user.userId, role: request.user.role }, correlationId };
});

/** The platform acting on its own (seeding, reacting to another service's event). */
export function systemMetadata(correlationId: string = randomUUID(), causationId?: string): CommandMetadata {
  return { now: new Date().toISOString(), actor: { userId: 'yunghap', role: 'system' }, correlationId, causationId };
}
