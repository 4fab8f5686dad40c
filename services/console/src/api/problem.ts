import type { components } from './generated/applications';

/** An RFC 9457 problem document as every service and the gateway answer errors. */
export type Problem = components['schemas']['ProblemDetails'];

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string' && typeof (value as Problem).detail === 'string';
}

/** What went wrong when no problem document came back (network down, gateway HTML error page). */
export function unexpectedProblem(status: number): Problem {
  return { type: 'about:blank', title: 'Unexpected', status, code: 'CONSOLE.UNEXPECTED', detail: '' };
}

export interface ProblemView {
  /** Messages for the fields the form shows, by the problem's field name (`partnerFirms[0].registrationNumber`). */
  readonly byField: Readonly<Record<string, readonly string[]>>;
  /** The rest, for the alert region: the problem's detail, and violations of fields the form does not show. */
  readonly general: readonly string[];
}

/**
 * The field violations of a problem: its `errors`, or for a business rule that names the one input
 * it judged (`details.field`, e.g. a deadline already past), that field with the problem's detail.
 */
function violationsOf(problem: Problem): readonly { readonly field: string; readonly message: string }[] {
  if (problem.errors && problem.errors.length > 0) return problem.errors;
  const field = problem.details?.['field'];
  return typeof field === 'string' ? [{ field, message: problem.detail }] : [];
}

/**
 * Splits a problem for a form: each violation next to the field it names when the form shows that
 * field, everything else in the alert region. The detail goes to the alert only when no violation
 * found its field (it repeats them otherwise).
 */
export function viewOfProblem(problem: Problem, shownFields: ReadonlySet<string>): ProblemView {
  const byField: Record<string, string[]> = {};
  const unplaced: string[] = [];
  const violations = violationsOf(problem);
  for (const violation of violations) {
    if (shownFields.has(violation.field)) (byField[violation.field] ??= []).push(violation.message);
    // A refusal's own detail is the alert's first line already.
    else if (violation.message !== problem.detail) unplaced.push(`${violation.field}: ${violation.message}`);
  }
  const placedAny = Object.keys(byField).length > 0;
  return { byField, general: placedAny && unplaced.length === 0 ? [] : [problem.detail, ...unplaced].filter((text) => text !== '') };
}
