import { Actor, DomainError, Role } from '@yunghap/kernel';

/**
 * The forbidden-role refusal, built one way for every aggregate of this context so the edge sees
 * the same details everywhere; each aggregate passes its own literal code.
 */
export function roleNotAllowed(code: string, actor: Actor, allowed: readonly Role[]): DomainError {
  return new DomainError(code, 'forbidden', `The role ${actor.role} may not do this (allowed: ${allowed.join(', ')})`, {
    role: actor.role,
    allowed,
  });
}
