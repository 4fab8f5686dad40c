import { Actor, Role } from './actor';
import { DomainError } from './domain-error';

/**
 * The refusal of an actor whose role may not give a command, built one way in every context so
 * the edge sees the same details everywhere; each aggregate passes its own stable code.
 * Example: `roleNotAllowed('GRANT.ROLE_NOT_ALLOWED', metadata.actor, ['program-manager'])`.
 */
export function roleNotAllowed(code: string, actor: Actor, allowed: readonly Role[]): DomainError {
  return new DomainError(code, 'forbidden', `The role ${actor.role} may not do this (allowed: ${allowed.join(', ')})`, {
    role: actor.role,
    allowed,
  });
}
