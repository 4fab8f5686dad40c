import { Actor, CommandMetadata } from '@yunghap/kernel';
import { CommitteeMember, CommitteeSnapshot, DeclaredRelationship, RelationshipKind } from '../committee';
import { AbandonEvaluation, CloseEvaluation, OpenEvaluation, RecuseMember, SealScoresheet, SubmitScoresheet } from '../evaluation.commands';
import { CriterionMean, ScoreOutcome } from '../evaluation-result';
import {
  EvaluationAbandoned,
  EvaluationCompleted,
  EvaluationEvent,
  EvaluationOpened,
  MemberRecused,
  ScoresheetSealed,
  ScoresheetSubmitted,
} from '../evaluation.events';
import { DEFAULT_RUBRIC, Rubric } from '../rubric';
import { Reasons, Scores } from '../scoresheet';

// Shared by the specs of this library only; not exported from its index.

export const NOW = '2025-04-01T10:00:00+09:00';
export const CALL = 'call-2025-convergence';
export const CENTER = 'jungbu';
export const COMMITTEE = 'committee-2025-jungbu';
export const APPLICATION = 'app-0001';
export const SUBMITTED_AT = '2025-03-14T17:30:00+09:00';
export const FIRM_A = '1048612345';
export const FIRM_B = '3148698765';
export const UNRELATED_FIRM = '2208100001';

export const programManager: Actor = { userId: 'pm-kim', role: 'program-manager' };
export const platform: Actor = { userId: 'evaluation-process', role: 'system' };
export const centerStaff: Actor = { userId: 'staff-lee', role: 'center-staff' };
export const expert = (userId: string): Actor => ({ userId, role: 'committee-member' });
export const by = (actor: Actor): CommandMetadata => ({ now: NOW, actor });

export const member = (userId: string): CommitteeMember => ({ userId, name: `Expert ${userId}`, affiliation: 'Hanbat National University' });
/** ['e1', …, 'eN']. */
export const expertIds = (count: number): string[] => Array.from({ length: count }, (_, index) => `e${index + 1}`);

export function committeeOf(memberIds: readonly string[], relationships: readonly DeclaredRelationship[] = []): CommitteeSnapshot {
  return { committeeId: COMMITTEE, callId: CALL, scope: { kind: 'center', centerId: CENTER }, members: memberIds.map(member), relationships };
}

/** A sheet on the default rubric, in its order. */
export function scores(convergence: number, feasibility: number, commercialisation: number, consortium: number): Scores {
  return {
    'convergence-novelty': convergence,
    'technical-feasibility': feasibility,
    commercialisation,
    'consortium-capability': consortium,
  };
}

export function opened(memberIds: readonly string[], rubric: Rubric = DEFAULT_RUBRIC): EvaluationOpened {
  return {
    type: 'EvaluationOpened',
    data: {
      applicationId: APPLICATION,
      callId: CALL,
      centerId: CENTER,
      committeeId: COMMITTEE,
      applicationSubmittedAt: SUBMITTED_AT,
      firms: [FIRM_A, FIRM_B],
      members: memberIds.map(member),
      rubric,
    },
  };
}

export function recused(memberId: string, firm: string, relationship: RelationshipKind): MemberRecused {
  return { type: 'MemberRecused', data: { applicationId: APPLICATION, memberId, firm, relationship } };
}

export function abandoned(reason = 'application-withdrawn'): EvaluationAbandoned {
  return { type: 'EvaluationAbandoned', data: { applicationId: APPLICATION, reason } };
}

export function submitted(memberId: string, sheet: Scores, revision = 1, reasons: Reasons = {}): ScoresheetSubmitted {
  return { type: 'ScoresheetSubmitted', data: { applicationId: APPLICATION, memberId, scores: sheet, reasons, revision } };
}

export function sealed(memberId: string): ScoresheetSealed {
  return { type: 'ScoresheetSealed', data: { applicationId: APPLICATION, memberId } };
}

/** Each member's sheet submitted, then sealed. */
export function sealedSheets(sheets: Readonly<Record<string, Scores>>): EvaluationEvent[] {
  return Object.entries(sheets).flatMap(([memberId, sheet]) => [submitted(memberId, sheet), sealed(memberId)]);
}

/** Criterion means on the default rubric, in hundredths, in its order. */
export function criterionMeans(convergence: number, feasibility: number, commercialisation: number, consortium: number): CriterionMean[] {
  return [
    { criterionId: 'convergence-novelty', weight: 30, mean: convergence },
    { criterionId: 'technical-feasibility', weight: 25, mean: feasibility },
    { criterionId: 'commercialisation', weight: 25, mean: commercialisation },
    { criterionId: 'consortium-capability', weight: 20, mean: consortium },
  ];
}

export function completed(outcome: ScoreOutcome): EvaluationCompleted {
  return {
    type: 'EvaluationCompleted',
    data: { applicationId: APPLICATION, callId: CALL, centerId: CENTER, applicationSubmittedAt: SUBMITTED_AT, ...outcome },
  };
}

export function openEvaluation(committee: CommitteeSnapshot, rubric: Rubric = DEFAULT_RUBRIC, actor: Actor = platform): OpenEvaluation {
  return {
    type: 'OpenEvaluation',
    data: { applicationId: APPLICATION, callId: CALL, centerId: CENTER, applicationSubmittedAt: SUBMITTED_AT, firms: [FIRM_A, FIRM_B], committee, rubric },
    metadata: by(actor),
  };
}

export function submitScoresheet(memberId: string, sheet: Scores, reasons: Reasons = {}): SubmitScoresheet {
  return { type: 'SubmitScoresheet', data: { applicationId: APPLICATION, scores: sheet, reasons }, metadata: by(expert(memberId)) };
}

export function sealScoresheet(memberId: string): SealScoresheet {
  return { type: 'SealScoresheet', data: { applicationId: APPLICATION }, metadata: by(expert(memberId)) };
}

export function closeEvaluation(actor: Actor = programManager): CloseEvaluation {
  return { type: 'CloseEvaluation', data: { applicationId: APPLICATION }, metadata: by(actor) };
}

export function recuseMember(memberId: string, firm: string, relationship: RelationshipKind, actor: Actor = platform): RecuseMember {
  return { type: 'RecuseMember', data: { applicationId: APPLICATION, memberId, firm, relationship }, metadata: by(actor) };
}

export function abandonEvaluation(reason = 'application-withdrawn', actor: Actor = platform): AbandonEvaluation {
  return { type: 'AbandonEvaluation', data: { applicationId: APPLICATION, reason }, metadata: by(actor) };
}
