/** One broken rule on one input field: `{ field: 'members[1].registrationNumber', rule: 'isBusinessRegistrationNumber', message }`. */
export interface FieldViolation {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** An error answer as RFC 9457 describes it, with Yunghap's stable `code` and field violations. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code: string;
  readonly errors?: readonly FieldViolation[];
  /** Facts about a broken business rule, e.g. `{ available: 120000000 }`; never personal data. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A stable, dereferenceable-free type URI per code (RFC 9457 allows any URI). */
export function problemType(code: string): string {
  return `urn:yunghap:problem:${code.toLowerCase()}`;
}
