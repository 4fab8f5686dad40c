import type { ServiceName } from '@yunghap/platform-nest';
import type { ContextReading } from './context-reading';

/**
 * What the live stream tells a browser:
 * - `change`: the read models of `context` advanced to `position`; what was read from it may be out of date;
 * - `pending`: the contexts where a cross-service effect is still on its way (none: everything has arrived).
 */
export type LiveEvent =
  | { readonly type: 'change'; readonly context: ServiceName; readonly position: number }
  | { readonly type: 'pending'; readonly contexts: readonly ServiceName[] };

export type Readings = Readonly<Partial<Record<ServiceName, ContextReading>>>;

/** The contexts whose reading says pending, in a stable order. */
export function pendingContexts(readings: Readings): ServiceName[] {
  return (Object.keys(readings) as ServiceName[]).filter((context) => readings[context]?.pending).sort();
}

/**
 * The events that take a browser from `before` to `after`. A context first read now has no
 * `change`: the browser read its pages after connecting, so only later advances are news.
 */
export function eventsBetween(before: Readings, after: Readings): LiveEvent[] {
  const changes: LiveEvent[] = (Object.keys(after) as ServiceName[]).flatMap((context) => {
    const [was, now] = [before[context], after[context]];
    return was !== undefined && now !== undefined && now.position > was.position ? [{ type: 'change' as const, context, position: now.position }] : [];
  });
  const [wasPending, nowPending] = [pendingContexts(before), pendingContexts(after)];
  const pendingMoved = wasPending.join() !== nowPending.join();
  return pendingMoved ? [...changes, { type: 'pending', contexts: nowPending }] : changes;
}

/** One event in the `text/event-stream` format: its type as the event name, the rest as JSON data. */
export function serverSentEvent(event: LiveEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}
