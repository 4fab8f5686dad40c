const DAY_MS = 86_400_000;

/** Days each kind of personal data is kept after it was last recorded; the program's privacy notice states them. */
export type RetentionDays = Readonly<Record<string, number>>;

export const DEFAULT_RETENTION_DAYS: RetentionDays = { applicant: 1825, 'committee-member': 1825, mentor: 1095, staff: 1095 };

/** When a kind's retention ends for data last recorded at `lastSealedAt`; a kind not configured is kept for the longest configured period. */
export function retentionEndOf(kind: string, lastSealedAt: string, days: RetentionDays): string {
  const kept = days[kind] ?? Math.max(0, ...Object.values(days));
  return new Date(Date.parse(lastSealedAt) + kept * DAY_MS).toISOString();
}

/**
 * `applicant=1825,mentor=1095` as days per kind, over the defaults; throws a message naming the
 * part that is not `<kind>=<whole days>`.
 */
export function parseRetentionDays(text: string): RetentionDays {
  const days: Record<string, number> = { ...DEFAULT_RETENTION_DAYS };
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([a-z][a-z-]{0,39})=(\d{1,6})$/.exec(part);
    if (match === null) throw new RangeError(`"${part}" is not <kind>=<whole days>, e.g. applicant=1825`);
    days[match[1]] = Number(match[2]);
  }
  return days;
}
