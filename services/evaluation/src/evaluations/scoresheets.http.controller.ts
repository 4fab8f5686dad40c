import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  evaluationDecider,
  evaluationStreamId,
  EVALUATION_ROLES,
  REASON_REQUIRED_BELOW_PERCENT,
  Scoresheet,
  SealScoresheet,
  SubmitScoresheet,
} from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import {
  assertCommitteeScope,
  AuthenticatedUser,
  CommandExecutor,
  CommandMeta,
  CurrentUser,
  DomainRefusal,
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  Roles,
} from '@yunghap/platform-nest';
import { ApiPathIds, PathId } from '../shared/path-id';
import { EvaluationViews } from './evaluations.queries';
import { SubmitScoresheetRequest } from './evaluations.request.dto';
import { ScoresheetResponse } from './score-view.response.dto';

/**
 * A missing reason is a rule of the domain (422), reported on the request's own field, like a
 * validation error, so that a form shows it beside the criterion's reason box.
 */
function onReasonField(error: unknown, body: SubmitScoresheetRequest): unknown {
  if (!(error instanceof DomainRefusal) || error.error.code !== 'EVALUATION.REASON_REQUIRED') return error;
  const { code, message, details } = error.error;
  const index = body.scores.findIndex((score) => score.criterionId === details['criterionId']);
  return new ProblemException(422, code, message, [{ field: `scores[${index}].reason`, rule: 'reasonRequired', message }], details);
}

/**
 * A committee member's own scoresheet for one application: submitted and revised until they seal
 * it. The token must name the evaluation's committee; the domain then checks that the member sat
 * on it when it opened and is not recused.
 */
@ApiTags('scoresheets')
@ApiBearerAuth()
@Controller('api/evaluation/evaluations/:applicationId/my-scoresheet')
export class ScoresheetsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly views: EvaluationViews,
  ) {}

  @Roles(...EVALUATION_ROLES.SubmitScoresheet)
  @Put()
  @ApiPathIds('applicationId')
  @ApiOkResponse({ type: ScoresheetResponse, description: 'The sheet as it now stands' })
  @ApiUnprocessableEntityResponse({
    description:
      '채점 규칙 위반 (a scoring rule refused it): EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC, EVALUATION.SCORE_OUT_OF_RANGE, or ' +
      `EVALUATION.REASON_REQUIRED (a score under ${REASON_REQUIRED_BELOW_PERCENT} % of its weight without a reason; errors[].field is scores[i].reason)`,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  submit(
    @PathId('applicationId') applicationId: string,
    @Body() body: SubmitScoresheetRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const scores = Object.fromEntries(body.scores.map(({ criterionId, score }) => [criterionId, score]));
    const reasons = Object.fromEntries(body.scores.flatMap(({ criterionId, reason }) => (reason === undefined ? [] : [[criterionId, reason]])));
    return this.asScorer(user, { type: 'SubmitScoresheet', data: { applicationId, scores, reasons }, metadata }).catch((error: unknown) => {
      throw onReasonField(error, body);
    });
  }

  @Roles(...EVALUATION_ROLES.SealScoresheet)
  @Post('seal')
  @HttpCode(200)
  @ApiPathIds('applicationId')
  @ApiOkResponse({ type: ScoresheetResponse, description: 'The sheet, sealed' })
  seal(@PathId('applicationId') applicationId: string, @CommandMeta() metadata: CommandMetadata, @CurrentUser() user: AuthenticatedUser) {
    return this.asScorer(user, { type: 'SealScoresheet', data: { applicationId }, metadata });
  }

  /**
   * Runs the member's command and answers with their sheet from the state the command produced,
   * which has it by the domain's rules; a read-back could meet a recusal stored in between.
   */
  private async asScorer(user: AuthenticatedUser, command: SubmitScoresheet | SealScoresheet): Promise<Scoresheet> {
    const { applicationId } = command.data;
    assertCommitteeScope(user, (await this.views.active(applicationId)).committeeId);
    const { state } = await this.commands.execute(evaluationStreamId(applicationId), command, evaluationDecider);
    const sheet = state.status === 'not-opened' ? undefined : state.sheets.find((candidate) => candidate.memberId === user.userId);
    if (!sheet) throw new Error(`${command.type} on ${applicationId} succeeded but left no sheet of ${user.userId}`);
    return sheet;
  }
}
