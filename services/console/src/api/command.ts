import type { Problem } from './problem';
import { FetchResult, outcomeOf } from './use-resource';

/** A 202 answer: the command is recorded, the read models have not caught up with it yet. */
interface PendingAnswer {
  readonly status: 'pending';
  readonly position: number;
}

function isPending(data: unknown): data is PendingAnswer {
  return typeof data === 'object' && data !== null && (data as PendingAnswer).status === 'pending' && typeof (data as PendingAnswer).position === 'number';
}

// Long enough for a projection to catch up in one process, short enough that a person does not wait on it.
const MAX_WAIT_SECONDS = 3;

/**
 * What a command's answer means for a page: its data (200/201), `pending` after waiting the answer's
 * Retry-After (202, so that reading again shows the change), or its problem.
 */
export async function commandOutcome<T>(result: FetchResult<T>): Promise<{ data: Exclude<T, PendingAnswer> } | { pending: true } | { problem: Problem }> {
  const outcome = outcomeOf(result);
  if ('problem' in outcome) return outcome;
  const { data } = outcome;
  if (!isPending(data)) return { data: data as Exclude<T, PendingAnswer> };
  const seconds = Math.min(Number(result.response.headers.get('Retry-After') ?? '1') || 1, MAX_WAIT_SECONDS);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return { pending: true };
}
