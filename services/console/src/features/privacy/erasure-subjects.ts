import { isProblem } from '../../api/problem';
import type { components as CentersSchemas } from '../../api/generated/centers';

/** One erasure request as every service answers it (the three services share the platform's controller). */
export type ErasureRequest = CentersSchemas['schemas']['ErasureRequestResponse'];
export type ErasureStatus = ErasureRequest['status'];

/** The services whose events hold personal data, and the kinds of person each holds (docs/audit.md §7). */
export const ERASURE_KINDS = {
  centers: ['applicant', 'staff'],
  evaluation: ['committee-member'],
  mentoring: ['mentor'],
} as const;

export type ErasureService = keyof typeof ERASURE_KINDS;
export type ErasureKind = (typeof ERASURE_KINDS)[ErasureService][number];

export const ERASURE_SERVICES = Object.keys(ERASURE_KINDS) as readonly ErasureService[];

/** Whether a subject's kind is one the console names; a kind added to a service later is shown as the service wrote it. */
export function isErasureKind(kind: string): kind is ErasureKind {
  return ERASURE_SERVICES.some((service) => (ERASURE_KINDS[service] as readonly string[]).includes(kind));
}
export const ERASURE_STATUSES = ['proposed', 'approved', 'rejected'] as const satisfies readonly ErasureStatus[];

// The same limits as the services' ProposeErasureRequest (`^[a-z][a-z-]{0,39}:\S{1,200}$`, reason ≤ 500 and not blank).
export const SUBJECT_ID_MAX = 200;
export const REASON_MAX = 500;

/** The subject the services take: `subjectOf('applicant', ' u-7f3a ')` → `'applicant:u-7f3a'`. */
export function subjectOf(kind: ErasureKind, id: string): string {
  return `${kind}:${id.trim()}`;
}

/** Whether an id is what the services accept after the kind: no blank, at most 200 characters. */
export function isSubjectId(id: string): boolean {
  return new RegExp(`^\\S{1,${SUBJECT_ID_MAX}}$`).test(id.trim());
}

/** A subject split into its kind and id (`'applicant:u-7f3a'` → `{ kind: 'applicant', id: 'u-7f3a' }`); the kind is empty when there is no colon. */
export function partsOf(subject: string): { readonly kind: string; readonly id: string } {
  const colon = subject.indexOf(':');
  return colon < 0 ? { kind: '', id: subject } : { kind: subject.slice(0, colon), id: subject.slice(colon + 1) };
}

/** A request with the service that holds it, as the page lists them together. */
export interface ServiceErasureRequest {
  readonly service: ErasureService;
  readonly request: ErasureRequest;
}

/** The requests of every service in one list: those waiting for a decision first, then the rest, each newest first. */
export function pendingFirst(requests: readonly ServiceErasureRequest[]): readonly ServiceErasureRequest[] {
  const waiting = (entry: ServiceErasureRequest) => (entry.request.status === 'proposed' ? 0 : 1);
  return [...requests].sort(
    (a, b) =>
      waiting(a) - waiting(b) || Date.parse(b.request.proposedAt) - Date.parse(a.request.proposedAt) || a.request.requestId.localeCompare(b.request.requestId),
  );
}

/** The day a refused proposal's retention period ends (`ERASURE.RETENTION_NOT_ENDED`, `details.endsAt`), or null for any other answer. */
export function retentionEndOf(error: unknown): string | null {
  if (!isProblem(error) || error.code !== 'ERASURE.RETENTION_NOT_ENDED') return null;
  const endsAt = error.details?.['endsAt'];
  return typeof endsAt === 'string' && !Number.isNaN(Date.parse(endsAt)) ? endsAt : null;
}
