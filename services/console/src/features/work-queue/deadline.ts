import { seoulDay } from '../../format/when';

/**
 * What a member's queue says beside a deadline: nothing when there is none or their sheet is
 * sealed, `overdue` once it has passed, otherwise how many days are left in Seoul's calendar
 * (0 on the last day), the way Korean notices count down ("D-3").
 */
export type DeadlineMark = { readonly kind: 'none' } | { readonly kind: 'overdue' } | { readonly kind: 'due'; readonly days: number };

const DAY_MS = 86_400_000;

// Midnight UTC of the day it is in Seoul: whole days apart however the hours fall.
function seoulDayNumber(at: Date): number {
  return Date.parse(`${seoulDay(at.toISOString())}T00:00:00Z`) / DAY_MS;
}

export function deadlineMark(scoresDueAt: string | null, sheetSealed: boolean, now: Date): DeadlineMark {
  if (scoresDueAt === null || sheetSealed) return { kind: 'none' };
  const due = new Date(scoresDueAt);
  if (due.getTime() <= now.getTime()) return { kind: 'overdue' };
  return { kind: 'due', days: seoulDayNumber(due) - seoulDayNumber(now) };
}
