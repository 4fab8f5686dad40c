/**
 * How a broken rule is reported, mapped to HTTP once at the edge:
 * `not-found` → 404, `conflict` (illegal state transition) → 409, `rule` (business rule) → 422,
 * `forbidden` → 403.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'rule' | 'forbidden';

/**
 * A decision that could not be taken, with a stable code such as `APPLICATION.ALREADY_SUBMITTED`.
 * Returned by `decide`, never thrown from it; contexts build them through small factories.
 */
export class DomainError {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    readonly message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {}
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
