import type { StoredResponse } from '@yunghap/event-store';
import type { Response } from 'express';

/** Seconds a client waits before reading what a 202 told it was recorded. */
export const PENDING_RETRY_AFTER_SECONDS = 1;

/** The request header that makes a read wait for (or answer 503 until) a position is projected. */
export const MIN_POSITION_HEADER = 'yunghap-min-position';

/**
 * The command's events are stored, but the read models did not show them within the
 * read-your-writes bound. Not a failure: the answer is 202 with the events' position and, where
 * the handler set one, the resource's Location, so the client reads it later instead of retrying.
 */
export class CommandPending extends Error {
  constructor(
    readonly position: number,
    options?: { readonly cause?: unknown },
  ) {
    super(`Recorded at position ${position}; the read models do not show it yet`, options);
    this.name = 'CommandPending';
  }
}

/** The body of a 202 answer (documented as `CommandPendingResponse`). */
export interface CommandPendingBody {
  readonly status: 'pending';
  readonly position: number;
  readonly location?: string;
  readonly detail: string;
}

/** The 202 answer for `pending`, for the response in hand and for the Idempotency-Key log alike. */
export function pendingAnswer(pending: CommandPending, response: Response): StoredResponse {
  const location = response.getHeader('location');
  const body: CommandPendingBody = {
    status: 'pending',
    position: pending.position,
    ...(location === undefined ? {} : { location: String(location) }),
    detail:
      '요청은 기록되었습니다. 조회 결과에는 곧 반영되니 잠시 후 다시 읽으십시오. 다시 보내지 마십시오. ' +
      '(The request was recorded; reads will show it shortly. Read again after Retry-After; do not resend it.)',
  };
  const headers: Record<string, string> = { 'retry-after': String(PENDING_RETRY_AFTER_SECONDS) };
  if (location !== undefined) headers['location'] = String(location);
  return { status: 202, headers, body: JSON.stringify(body) };
}
