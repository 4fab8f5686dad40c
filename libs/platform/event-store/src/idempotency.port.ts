/** The answer a request got, kept so that a repeat of it gets the very same answer. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent (JSON text), so a replay repeats it byte for byte. */
  readonly body: string;
}

/** Who sent which key for which request (`fingerprint`: a hash of method, path and body). */
export interface IdempotencyClaim {
  readonly scope: string;
  readonly key: string;
  readonly fingerprint: string;
  /** The correlation id the request's events carry: how a crashed request's effects are found. */
  readonly correlationId: string;
  readonly now: Date;
  /** How long a first answer is replayed (the IETF draft's suggestion: 24 h). */
  readonly retentionMs: number;
  /** A claim left pending longer than this belongs to a request that died. */
  readonly leaseMs: number;
}

export type ClaimOutcome =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'fingerprint-mismatch' }
  | { readonly kind: 'in-progress' }
  /** The request that held the key died after recording events: its answer is lost, its effect is not. */
  | { readonly kind: 'outcome-unknown'; readonly positions: readonly number[] };

/**
 * The `Idempotency-Key` log, kept in the event store's database so it shares its durability.
 * Example:
 *   const outcome = await log.claim({ scope: 'user-7 POST /api/grants/transfers', key, … });
 *   if (outcome.kind === 'claimed') { …run…; await log.complete(scope, key, response); }
 */
export interface IdempotencyLog {
  claim(claim: IdempotencyClaim): Promise<ClaimOutcome>;
  complete(scope: string, key: string, response: StoredResponse, now: Date): Promise<void>;
  /** Gives the key back when the request changed nothing, so a retry runs it again. */
  release(scope: string, key: string): Promise<void>;
  /** Positions of events recorded under a correlation id (a request's effects). */
  positionsOf(correlationId: string): Promise<number[]>;
  /**
   * Deletes the answers of keys claimed before `before` (past their retention: never replayed
   * again), which may quote personal data an erasure must not leave behind. Returns how many.
   */
  forgetBefore(before: Date): Promise<number>;
}
