import { createHash } from 'node:crypto';
import { ProblemException } from '../problem-details/problem.exception';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** How long a first answer is replayed, and how long a request may hold its key before it counts as dead. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_LEASE_MS = 60 * 1000;

/**
 * The header's value: the IETF draft sends it as a structured-field string (`"…"`); a bare token
 * is accepted too. Printable ASCII, 1 to 255 characters.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const raw = Array.isArray(header) ? header.join(',') : header;
  const key = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ProblemException(
      400,
      'IDEMPOTENCY.KEY_INVALID',
      'Idempotency-Key는 1~255자의 인쇄 가능한 ASCII 문자여야 합니다. (Idempotency-Key must be 1 to 255 printable ASCII characters.)',
      [{ field: 'Idempotency-Key', rule: 'printableAscii1to255', message: '1~255 printable ASCII characters' }],
    );
  }
  return key;
}

/** Key order does not make two bodies different. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same request": method, target and body. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonical(body ?? null)}`)
    .digest('hex');
}
