import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { evaluationDecider, SealScoresheet, SubmitScoresheet, visibleScores } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { assertCommitteeScope, AuthenticatedUser, CommandExecutor, CommandMeta, CurrentUser, Roles } from '@yunghap/platform-nest';
import { evaluationStreamId } from './evaluation-streams';
import { EvaluationViews } from './evaluation-views';
import { SubmitScoresheetRequest } from './evaluations.request.dto';

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

  @Roles('committee-member')
  @Put()
  submit(@Param('applicationId') applicationId: string, @Body() body: SubmitScoresheetRequest, @CommandMeta() metadata: CommandMetadata, @CurrentUser() user: AuthenticatedUser) {
    const scores = Object.fromEntries(body.scores.map(({ criterionId, score }) => [criterionId, score]));
    return this.asScorer(user, { type: 'SubmitScoresheet', data: { applicationId, scores }, metadata });
  }

  @Roles('committee-member')
  @Post('seal')
  @HttpCode(200)
  seal(@Param('applicationId') applicationId: string, @CommandMeta() metadata: CommandMetadata, @CurrentUser() user: AuthenticatedUser) {
    return this.asScorer(user, { type: 'SealScoresheet', data: { applicationId }, metadata });
  }

  /** Runs the member's command and answers with their sheet as it now stands. */
  private async asScorer(user: AuthenticatedUser, command: SubmitScoresheet | SealScoresheet) {
    const { applicationId } = command.data;
    assertCommitteeScope(user, (await this.views.active(applicationId)).committeeId);
    await this.commands.execute(evaluationStreamId(applicationId), command, evaluationDecider);
    const scores = visibleScores((await this.views.existing(applicationId)).record, { userId: user.userId, role: user.role });
    return scores.stage === 'scoring' ? scores.ownSheet : null;
  }
}
