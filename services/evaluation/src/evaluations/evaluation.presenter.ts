import { EvaluationState, isRecused, visibleScores } from '@yunghap/evaluation-domain';
import { assertCenterScope, assertCommitteeScope, AuthenticatedUser, ProblemException } from '@yunghap/platform-nest';
import {
  CommitteeProgressResponse,
  EvaluationDetailResponse,
  EvaluationSummaryResponse,
  ScoringProgressResponse,
  SheetProgressResponse,
} from './evaluation.response.dto';
import { EvaluationView } from './evaluation-view.projection';

/**
 * Who may read an evaluation at all: program managers; center staff of its center; committee
 * members who score it (on its committee and not recused: a member tied to a firm sees nothing
 * of its evaluation, before or after the close).
 */
export function assertMayRead(user: AuthenticatedUser, view: EvaluationView): void {
  assertCenterScope(user, view.centerId);
  if (user.role !== 'committee-member') return;
  assertCommitteeScope(user, view.committeeId);
  if (!view.scorers.includes(user.userId))
    throw ProblemException.forbidden(
      `${user.userId}님은 신청 ${view._id}의 평가를 맡지 않았습니다. (Application ${view._id} is not assigned to ${user.userId}.)`,
    );
}

/** A sheet's progress, never its scores. */
export function sheetProgress(record: EvaluationState, memberId: string): SheetProgressResponse {
  const sheet = record.status === 'not-opened' ? undefined : record.sheets.find((s) => s.memberId === memberId);
  if (!sheet) return { state: 'not-started', revision: 0 };
  return { state: sheet.sealed ? 'sealed' : 'draft', revision: sheet.revision };
}

export function evaluationSummary(view: EvaluationView): EvaluationSummaryResponse {
  const { _id: applicationId, callId, centerId, status, committeeId, applicationSubmittedAt, requestedAt, openedAt, completedAt, withdrawnAt } = view;
  // Documents projected before titles were kept lack the field until the next rebuild.
  const title = view.title ?? null;
  const progress = scoringProgress(view);
  return { applicationId, title, callId, centerId, status, committeeId, applicationSubmittedAt, requestedAt, openedAt, completedAt, withdrawnAt, progress };
}

function scoringProgress({ record, scorers }: EvaluationView): ScoringProgressResponse | null {
  if (record.status === 'not-opened') return null;
  const sealed = record.sheets.filter((sheet) => sheet.sealed && scorers.includes(sheet.memberId)).length;
  return { scorers: scorers.length, sealed, quorum: record.rubric.quorum };
}

/**
 * The program manager's view of the committee at work: who sits, who is recused and on what
 * ground, and how far each sheet is. Scores stay behind `visibleScores` like for everyone else.
 */
function committeeProgress(record: EvaluationState): CommitteeProgressResponse | null {
  if (record.status === 'not-opened') return null;
  const { members, recusals } = record;
  const progress = members.map(({ userId, name, affiliation }) => ({
    userId,
    name,
    affiliation,
    recused: isRecused(recusals, userId),
    sheet: sheetProgress(record, userId),
  }));
  return { members: progress, recusals };
}

/** An evaluation as `user` may see it; call `assertMayRead` first. */
export function evaluationDetail(user: AuthenticatedUser, view: EvaluationView): EvaluationDetailResponse {
  const { record } = view;
  return {
    ...evaluationSummary(view),
    rubric: record.status === 'not-opened' ? null : record.rubric,
    scores: visibleScores(record, { userId: user.userId, role: user.role }),
    ...(user.role === 'program-manager' ? { committee: committeeProgress(record) } : {}),
  };
}
