import { useCallback, useEffect, useRef, useState } from 'react';
import { useLive } from '../live/live-state';
import { isProblem, Problem, unexpectedProblem } from './problem';

/** What an openapi-fetch call answers: the data, or the error body, and the response. */
export interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

export type Resource<T> =
  { readonly state: 'loading' } | { readonly state: 'failed'; readonly problem: Problem } | { readonly state: 'loaded'; readonly data: T };

/** The data of a successful answer, or the problem of a failed one (a problem document, or an unexpected one). */
export function outcomeOf<T>(result: FetchResult<T>): { data: T } | { problem: Problem } {
  if (result.data !== undefined && result.response.ok) return { data: result.data };
  return { problem: isProblem(result.error) ? result.error : unexpectedProblem(result.response.status) };
}

/**
 * Server state for a page: loads with `load` whenever `key` changes, and `reload` asks again
 * (showing the last answer meanwhile). Under a `LiveProvider` it also asks again when a service
 * announces a change, so a decision taken elsewhere appears without a reload.
 * The one place the console keeps an answer of the services (STYLE 16); pages never copy it.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<FetchResult<T>>): [Resource<T>, () => void] {
  const [loaded, setLoaded] = useState<{ key: string; resource: Resource<T> } | null>(null);
  const [revision, setRevision] = useState(0);
  const { revision: liveRevision } = useLive();
  const asked = useRef<{ key: string; revision: number } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Only the live revision moved: nobody asked, so a failed answer is no reason to take the last good one off the screen.
    const unasked = asked.current?.key === key && asked.current.revision === revision;
    asked.current = { key, revision };
    const fail = (problem: Problem) =>
      setLoaded((last) => (unasked && last?.key === key && last.resource.state === 'loaded' ? last : { key, resource: { state: 'failed', problem } }));
    load(controller.signal).then(
      (result) => {
        const outcome = outcomeOf(result);
        if ('data' in outcome) setLoaded({ key, resource: { state: 'loaded', data: outcome.data } });
        else fail(outcome.problem);
      },
      // A network failure (not an error answer) has no problem document; an abort is no failure.
      () => {
        if (!controller.signal.aborted) fail(unexpectedProblem(0));
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; `key` says when the request changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision, liveRevision]);

  const reload = useCallback(() => setRevision((value) => value + 1), []);
  // Reading again after a change keeps the answer on the screen until the new one comes: the forms
  // in it keep what they show (a confirmation, say), and nothing flickers.
  const current = loaded !== null && loaded.key === key ? loaded.resource : { state: 'loading' as const };
  return [current, reload];
}
