import { ProblemException } from '@yunghap/platform-nest';
import { ApplicationView } from '../applications/application-view.projection';
import { EvaluationFeedbackResponse } from './evaluation-feedback.response.dto';

/** 409 while the committee has not decided: there is nothing to tell the applicant yet. */
const noResultYet = (applicationId: string, status: string) =>
  new ProblemException(
    409,
    'APPLICATION.NOT_EVALUATED',
    `신청 ${applicationId}의 평가 결과가 아직 없습니다 (상태: ${status}). (Application ${applicationId} has no evaluation result yet; it is ${status}.)`,
    undefined,
    { applicationId, status },
  );

/** The feedback of an application whose result is recorded; 409 while it is not. */
export function evaluationFeedbackOf(application: ApplicationView): EvaluationFeedbackResponse {
  if (!application.evaluation) throw noResultYet(application.applicationId, application.status);
  const { outcome, totalScore } = application.evaluation;
  const criteria = (application.evaluationFeedback ?? []).map(({ criterionId, name, maximum, mean, reasons }) => ({
    criterionId,
    name,
    maximum,
    mean,
    reasons,
  }));
  return { applicationId: application.applicationId, outcome, totalScore, criteria };
}
