/** The gateway's live stream (`GET /live`, server-sent events), as services/gateway/src/live/live-event.ts sends it. */
export const LIVE_URL = '/live';

/** `change`: the read models of `context` (a service: grants, applications, …) advanced to `position`. */
export interface LiveChange {
  readonly context: string;
  readonly position: number;
}

function json(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/** A `change` event's data, or null when it is not one (a stream from another version says nothing we act on). */
export function changeOf(data: string): LiveChange | null {
  const value = json(data) as Partial<LiveChange> | null;
  return typeof value?.context === 'string' && typeof value.position === 'number' ? { context: value.context, position: value.position } : null;
}

/** A `pending` event's contexts (empty once every effect has arrived), or null when it is not one. */
export function pendingOf(data: string): readonly string[] | null {
  const contexts = (json(data) as { contexts?: unknown } | null)?.contexts;
  return Array.isArray(contexts) && contexts.every((context) => typeof context === 'string') ? contexts : null;
}
