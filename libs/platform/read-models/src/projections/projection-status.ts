import type { ProjectionError } from './projection.errors';

/**
 * - `catching-up`: since its (re)start, rebuild or recovery it has not yet reached the head
 * - `live`: it has caught up since then and follows new events as they come
 * - `retrying`: the last attempt failed (store unreachable, or `apply` threw); it tries again by itself
 * - `stopped`: not started, or stopped
 */
export type ProjectionState = 'catching-up' | 'live' | 'retrying' | 'stopped';

export interface RetryStatus {
  /** Failed attempts in a row; back to 0 once an attempt makes progress. */
  readonly attempt: number;
  /** Carries the failing event (`eventType`, `streamId`, `position`) when `apply` threw on one. */
  readonly error: ProjectionError;
  readonly lastError: string;
  /** ISO time of the next attempt. */
  readonly nextRetryAt: string;
}

interface StatusOf<S extends ProjectionState> {
  readonly projection: string;
  readonly state: S;
  /** Global position of the last event handled. */
  readonly position: number;
  /** How many positions the projection is behind the event store's head. */
  readonly lag: number;
}

/**
 * What a projection is doing, for /health and for gating reads: only `live` promises that
 * the read models hold every event that was visible when the projection last caught up.
 */
export type ProjectionStatus =
  | StatusOf<'stopped'>
  | StatusOf<'live'>
  | (StatusOf<'catching-up'> & {
      /** The head it is catching up to, read when this catch-up began. */
      readonly target: number;
      /** Share of the catch-up done, from 0 to 1. */
      readonly progress: number;
    })
  | (StatusOf<'retrying'> & { readonly retry: RetryStatus });
