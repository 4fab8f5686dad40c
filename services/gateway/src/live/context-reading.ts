/** What the live stream needs of one service's `/health`: how far its read models are, and whether an effect is on its way. */
export interface ContextReading {
  /** The furthest event-store position its projections have handled; it grows when a read model changes. */
  readonly position: number;
  /** Outbox messages not relayed yet, or a consumer or projection behind: what the service shows may still change by itself. */
  readonly pending: boolean;
}

type Checks = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const behind = (value: unknown) => isCount(value) && value > 0;

/**
 * Reads a service's `/health` body (`checks['projection:…'].position|lag`, `checks['consumer:…'].lag`,
 * `checks.outboxRelay.oldestPendingAgeMs`); null when it is not one, e.g. a proxy's error page.
 * Example: `readingOf({ checks: { 'projection:grants': { position: 12, lag: 0 } } })` → `{ position: 12, pending: false }`.
 */
export function readingOf(body: unknown): ContextReading | null {
  if (typeof body !== 'object' || body === null) return null;
  const checks = (body as { checks?: unknown }).checks;
  if (typeof checks !== 'object' || checks === null) return null;
  let position = 0;
  let pending = false;
  for (const [name, check] of Object.entries(checks as Checks)) {
    if (typeof check !== 'object' || check === null) continue;
    if (name.startsWith('projection:')) {
      if (isCount(check['position'])) position = Math.max(position, check['position']);
      pending ||= behind(check['lag']);
    } else if (name.startsWith('consumer:')) {
      pending ||= behind(check['lag']);
    } else if (name === 'outboxRelay') {
      // The relay keeps the oldest row it left pending at its last pass; null once a pass emptied the outbox.
      pending ||= isCount(check['oldestPendingAgeMs']);
    }
  }
  return { position, pending };
}
