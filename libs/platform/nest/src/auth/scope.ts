import { ProblemException } from '../problem-details/problem.exception';
import { AuthenticatedUser } from './authenticated-user';

/** Center staff act on their own center's cases only; program-wide roles act on all. */
export function assertCenterScope(user: AuthenticatedUser, centerId: string | null | undefined): void {
  if (user.role !== 'center-staff') return;
  if (!centerId || user.centerId !== centerId) {
    throw ProblemException.forbidden(`Center staff of ${user.centerId} may not act on a case of ${centerId ?? 'no center'}`);
  }
}

/** Committee members see only what their committees are assigned. */
export function assertCommitteeScope(user: AuthenticatedUser, committeeId: string | null | undefined): void {
  if (user.role !== 'committee-member') return;
  if (!committeeId || !user.committeeIds.includes(committeeId)) {
    throw ProblemException.forbidden(`This committee member does not sit on committee ${committeeId ?? '(none)'}`);
  }
}
