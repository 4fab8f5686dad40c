import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { evaluationDecider, evaluationStreamId, EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { assertCenterScope, AuthenticatedUser, CommandExecutor, CommandMeta, CurrentUser, mapPage, readPage, Roles } from '@yunghap/platform-nest';
import { ApiPathIds, PathId } from '../shared/path-id';
import { openEvaluation } from './evaluation-opening';
import { assertMayRead, evaluationDetail, evaluationSummary } from './evaluation.presenter';
import { EvaluationDetailResponse, EvaluationPageResponse } from './evaluation.response.dto';
import { EVALUATION_OUTBOX } from './evaluation.outbox';
import { EvaluationViews } from './evaluations.queries';
import { AssignCommitteeRequest, EvaluationListQuery } from './evaluations.request.dto';

/**
 * Evaluations, one per application screened eligible: listed for program managers, auditors and
 * a center's staff; read in detail by those who may (see `assertMayRead`), scores shown per
 * `visibleScores`; a waiting one assigned to a committee, and a scored one closed, by a program manager.
 */
@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('api/evaluation/evaluations')
export class EvaluationsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly views: EvaluationViews,
  ) {}

  @Roles(...EVALUATION_ROLES.readEvaluations)
  @Get()
  @ApiOkResponse({ type: EvaluationPageResponse })
  async list(@Query() query: EvaluationListQuery, @CurrentUser() user: AuthenticatedUser): Promise<EvaluationPageResponse> {
    const centerId = query.centerId ?? (user.role === 'center-staff' ? user.centerId : undefined);
    assertCenterScope(user, centerId);
    const filter = { ...(query.callId ? { callId: query.callId } : {}), ...(centerId ? { centerId } : {}), ...(query.status ? { status: query.status } : {}) };
    const page = await readPage(query, (window) => this.views.collection().find(filter, { sort: { requestedAt: 1, _id: 1 }, ...window }));
    return mapPage(page, evaluationSummary);
  }

  @Roles(...EVALUATION_ROLES.readEvaluation)
  @Get(':applicationId')
  @ApiPathIds('applicationId')
  @ApiOkResponse({ type: EvaluationDetailResponse })
  async get(@PathId('applicationId') applicationId: string, @CurrentUser() user: AuthenticatedUser): Promise<EvaluationDetailResponse> {
    const view = await this.views.existing(applicationId);
    assertMayRead(user, view);
    return evaluationDetail(user, view);
  }

  /** Opens a waiting evaluation with the committee a program manager names (say, the shared one when the center's lacks a quorum). */
  @Roles(...EVALUATION_ROLES.OpenEvaluation)
  @Post(':applicationId/committee')
  @HttpCode(200)
  @ApiPathIds('applicationId')
  @ApiOkResponse({ type: EvaluationDetailResponse, description: 'The evaluation, opened' })
  async assign(
    @PathId('applicationId') applicationId: string,
    @Body() body: AssignCommitteeRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EvaluationDetailResponse> {
    await this.views.active(applicationId);
    // The opening and its rubric lock commit together (see `openEvaluation`).
    const opening = { type: 'OpenEvaluation', data: { applicationId, committeeId: body.committeeId }, metadata };
    await this.commands.executeInTransaction(evaluationStreamId(applicationId), opening, (session) =>
      openEvaluation(session, applicationId, metadata, body.committeeId),
    );
    return evaluationDetail(user, await this.views.existing(applicationId));
  }

  @Roles(...EVALUATION_ROLES.CloseEvaluation)
  @Post(':applicationId/close')
  @HttpCode(200)
  @ApiPathIds('applicationId')
  @ApiOkResponse({ type: EvaluationDetailResponse, description: 'The evaluation, completed, with its result' })
  async close(
    @PathId('applicationId') applicationId: string,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EvaluationDetailResponse> {
    await this.views.active(applicationId);
    await this.commands.execute(
      evaluationStreamId(applicationId),
      { type: 'CloseEvaluation', data: { applicationId }, metadata },
      evaluationDecider,
      EVALUATION_OUTBOX,
    );
    return evaluationDetail(user, await this.views.existing(applicationId));
  }
}
