import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { evaluationDecider, evaluationStreamId, EVALUATION_ROLES, Scoresheet, SealScoresheet, SubmitScoresheet } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { assertCommitteeScope, AuthenticatedUser, CommandExecutor, CommandMeta, CurrentUser, Roles } from '@yunghap/platform-nest';
import { ApiPathIds, PathId } from '../shared/path-id';
import { EvaluationViews } from './evaluations.queries';
import { SubmitScoresheetRequest } from './evaluations.request.dto';
import { ScoresheetResponse } from './score-view.response.dto';

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
  submit(
    @PathId('applicationId') applicationId: string,
    @Body() body: SubmitScoresheetRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const scores = Object.fromEntries(body.scores.map(({ criterionId, score }) => [criterionId, score]));
    return this.asScorer(user, { type: 'SubmitScoresheet', data: { applicationId, scores }, metadata });
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
