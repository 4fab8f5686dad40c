import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES } from '@yunghap/applications-domain';
import { AuthenticatedUser, CurrentUser, PROBLEM_CONTENT_TYPE, Roles } from '@yunghap/platform-nest';
import { ApplicationQueries } from '../applications/applications.queries';
import { ApplicationPathParams } from '../applications/applications.request.dto';
import { assertMayReadFeedback } from './evaluation-feedback-access';
import { evaluationFeedbackOf } from './evaluation-feedback.presenter';
import { EvaluationFeedbackResponse } from './evaluation-feedback.response.dto';

/**
 * What the applicant learns once the committee has closed the evaluation: the result, each
 * criterion's mean and the members' reasons, never who gave which score.
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications/applications')
export class EvaluationFeedbackHttpController {
  constructor(private readonly queries: ApplicationQueries) {}

  /** 404 for an unknown application, then 403 for a reader without a claim to it, then 409 while no result is recorded. */
  @Roles(...APPLICATIONS_ROLES.readEvaluationFeedback)
  @Get(':applicationId/evaluation-feedback')
  @ApiOkResponse({ type: EvaluationFeedbackResponse })
  @ApiConflictResponse({
    description: '평가 결과가 아직 기록되지 않음 (no evaluation result recorded yet): APPLICATION.NOT_EVALUATED',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async feedback(@Param() { applicationId }: ApplicationPathParams, @CurrentUser() user: AuthenticatedUser): Promise<EvaluationFeedbackResponse> {
    const application = await this.queries.existing(applicationId);
    assertMayReadFeedback(user, application);
    return evaluationFeedbackOf(application);
  }
}
