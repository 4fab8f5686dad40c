const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * True for an ISO-8601 date-time with an explicit offset ("2025-03-01T09:00:00Z").
 * Only this form is accepted because engines parse other strings differently, and ranking
 * compares these instants: the order must be the same everywhere.
 */
export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}
