import { DomainError, isBlank, isDomainError, parseKoreanDay } from '@yunghap/kernel';
import { MAX_SESSION_MINUTES, MentoringSession } from './engagement.state';
import { EngagementError } from './mentoring.errors';

/**
 * A session counts only if it was held between the engagement's start and today: before the
 * allocation was approved the mentoring was not funded, and a future session has not happened.
 * "YYYY-MM-DD" strings compare as dates.
 */
export function validateSession(session: MentoringSession, startedOn: string, today: string): DomainError | undefined {
  if (isDomainError(parseKoreanDay(session.date))) return EngagementError.becauseSessionInvalid('invalid-date');
  if (session.date < startedOn) return EngagementError.becauseSessionInvalid('before-start');
  if (session.date > today) return EngagementError.becauseSessionInvalid('in-the-future');
  if (!Number.isSafeInteger(session.minutes) || session.minutes <= 0 || session.minutes > MAX_SESSION_MINUTES) {
    return EngagementError.becauseSessionInvalid('invalid-duration');
  }
  if (isBlank(session.topic)) return EngagementError.becauseSessionInvalid('topic-required');
  if (isBlank(session.outcome)) return EngagementError.becauseSessionInvalid('outcome-required');
  return undefined;
}
