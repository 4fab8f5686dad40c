import type { RubricCriterion, Scoresheet } from '../../api/types';
import type { components } from '../../api/generated/evaluation';

type SubmitScoresheetRequest = components['schemas']['SubmitScoresheetRequest'];

/**
 * The evaluation domain's rule (libs/evaluation/domain/src/scoresheet.ts, REASON_REQUIRED_BELOW_PERCENT):
 * a score under this share of its criterion's weight needs a written reason. Shown as the member
 * types; the service stays the judge (422 on `scores[i].reason`).
 */
export const REASON_REQUIRED_BELOW_PERCENT = 60;

/** What the member typed for one criterion, kept as text until it is sent. */
export interface SheetEntry {
  readonly score: string;
  readonly reason: string;
}

export type ScoreCheck = 'empty' | 'not-whole' | 'out-of-range' | 'valid';

/** A score is a whole number of points from 0 to the criterion's weight. */
export function checkScore(text: string, criterion: RubricCriterion): ScoreCheck {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (!/^\d+$/.test(trimmed)) return 'not-whole';
  return Number(trimmed) <= criterion.weight ? 'valid' : 'out-of-range';
}

/** Whether `score` needs a reason, in whole numbers as the domain compares (score × 100 < percent × weight). */
export function needsReason(criterion: RubricCriterion, score: number): boolean {
  return score * 100 < REASON_REQUIRED_BELOW_PERCENT * criterion.weight;
}

/** The lowest score that needs no reason: `needsReason` is false from here up to the weight. */
export function reasonFreeFrom(criterion: RubricCriterion): number {
  return Math.ceil((REASON_REQUIRED_BELOW_PERCENT * criterion.weight) / 100);
}

export interface EntryCheck {
  readonly score: ScoreCheck;
  /** A valid score under the threshold with a blank reason. */
  readonly reasonMissing: boolean;
}

export function checkEntry(criterion: RubricCriterion, entry: SheetEntry): EntryCheck {
  const score = checkScore(entry.score, criterion);
  const reasonMissing = score === 'valid' && needsReason(criterion, Number(entry.score.trim())) && entry.reason.trim() === '';
  return { score, reasonMissing };
}

/** The sum of the valid scores typed so far (out of 100 with a whole rubric). */
export function totalOf(criteria: readonly RubricCriterion[], entries: Readonly<Record<string, SheetEntry>>): number {
  return criteria.reduce((sum, criterion) => {
    const entry = entries[criterion.id];
    return entry !== undefined && checkScore(entry.score, criterion) === 'valid' ? sum + Number(entry.score.trim()) : sum;
  }, 0);
}

/** The form's starting point: the member's saved sheet, or empty. */
export function entriesOf(criteria: readonly RubricCriterion[], sheet: Scoresheet | null): Record<string, SheetEntry> {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const score = sheet?.scores[criterion.id];
      return [criterion.id, { score: score === undefined ? '' : String(score), reason: sheet?.reasons[criterion.id] ?? '' }];
    }),
  );
}

/** The request for the sheet, in rubric order, or undefined while any entry fails its check. Blank reasons are left out. */
export function sheetRequestOf(criteria: readonly RubricCriterion[], entries: Readonly<Record<string, SheetEntry>>): SubmitScoresheetRequest | undefined {
  const scores = criteria.map((criterion) => ({ criterion, entry: entries[criterion.id] ?? { score: '', reason: '' } }));
  const complete = scores.every(({ criterion, entry }) => {
    const check = checkEntry(criterion, entry);
    return check.score === 'valid' && !check.reasonMissing;
  });
  if (!complete) return undefined;
  return {
    scores: scores.map(({ criterion, entry }) => ({
      criterionId: criterion.id,
      score: Number(entry.score.trim()),
      ...(entry.reason.trim() === '' ? {} : { reason: entry.reason.trim() }),
    })),
  };
}
