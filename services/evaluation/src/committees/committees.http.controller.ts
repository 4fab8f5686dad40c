import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { committeeDecider, committeeFormation, CommitteeScope, committeeStreamId, EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import {
  assertCommitteeScope,
  AuthenticatedUser,
  CommandExecutor,
  CommandMeta,
  CurrentUser,
  mapPage,
  ProblemException,
  readPage,
  Roles,
  SERVICE_RUNTIME,
  ServiceRuntime,
} from '@yunghap/platform-nest';
import { LateRecusals } from '../evaluations/late-recusals';
import { PendingEvaluations } from '../evaluations/pending-evaluations';
import { KnownCalls } from '../known-calls/known-calls';
import { KnownCenters } from '../known-centers/known-centers';
import { ApiPathIds, PathId } from '../shared/path-id';
import { committeeFor } from './committee.presenter';
import { CommitteePageResponse, CommitteeResponse } from './committee.response.dto';
import { committeeIdFor } from './committee-id';
import { COMMITTEES } from './committee-view.projection';
import {
  CommitteeListQuery,
  CommitteeMemberRequest,
  DeclareCommitteeRelationshipRequest,
  FormCommitteeRequest,
  ScoringDeadlineRequest,
} from './committees.request.dto';

/**
 * Evaluation committees: formed and staffed by program managers, one per call and center or one
 * shared by a call's centers. Members declare their own ties to firms (a declaration is the
 * member's attestation, so no one declares for them); a tie recuses them from the applications
 * of that firm, including one already open. Forming or staffing a committee opens the evaluations
 * waiting for it.
 */
@ApiTags('committees')
@ApiBearerAuth()
@Controller('api/evaluation/committees')
export class CommitteesHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly pending: PendingEvaluations,
    private readonly recusals: LateRecusals,
    private readonly centers: KnownCenters,
    private readonly calls: KnownCalls,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private committees() {
    return COMMITTEES.in(this.runtime.readModels);
  }

  /** A committee `user` may see: committee members only those their token names. */
  private async visible(user: AuthenticatedUser, committeeId: string): Promise<CommitteeResponse> {
    assertCommitteeScope(user, committeeId);
    const committee = await this.committees().findOne({ _id: committeeId });
    if (!committee) throw ProblemException.notFound('committee', committeeId);
    return committeeFor(user, committee);
  }

  /** For a call the applications service has opened (422 `CALL.UNKNOWN` before its `CallOpened` arrived) and a known center. */
  @Roles(...EVALUATION_ROLES.FormCommitteeWithMembers)
  @Post()
  @ApiCreatedResponse({ type: CommitteeResponse })
  async form(
    @Body() body: FormCommitteeRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const scope: CommitteeScope = body.centerId === undefined ? { kind: 'shared' } : { kind: 'center', centerId: body.centerId };
    await this.calls.assertKnown(body.callId, 'callId');
    if (scope.kind === 'center') await this.centers.assertKnown(scope.centerId, 'centerId');
    const committeeId = committeeIdFor(body.callId, scope);
    const data = {
      committeeId,
      callId: body.callId,
      scope,
      members: body.members ?? [],
      ...(body.scoresDueAt !== undefined && { scoresDueAt: body.scoresDueAt }),
    };
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    response.setHeader('Location', `/api/evaluation/committees/${committeeId}`);
    await this.commands.thenFollowUp(
      this.commands.execute(committeeStreamId(committeeId), { type: 'FormCommitteeWithMembers', data, metadata }, committeeFormation),
      'open the evaluations the committee can serve',
      () => this.pending.openPending({ callId: body.callId }, metadata.correlationId),
    );
    return this.visible(user, committeeId);
  }

  @Roles(...EVALUATION_ROLES.readCommittees)
  @Get()
  @ApiOkResponse({ type: CommitteePageResponse, description: 'A committee member gets the committees their token names' })
  async list(@Query() query: CommitteeListQuery, @CurrentUser() user: AuthenticatedUser): Promise<CommitteePageResponse> {
    const filter = { ...(query.callId ? { callId: query.callId } : {}), ...(user.role === 'committee-member' ? { _id: { $in: user.committeeIds } } : {}) };
    const page = await readPage(query, (window) => this.committees().find(filter, { sort: { _id: 1 }, ...window }));
    return mapPage(page, (committee) => committeeFor(user, committee));
  }

  @Roles(...EVALUATION_ROLES.readCommittees)
  @Get(':committeeId')
  @ApiPathIds('committeeId')
  @ApiOkResponse({ type: CommitteeResponse })
  get(@PathId('committeeId') committeeId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.visible(user, committeeId);
  }

  @Roles(...EVALUATION_ROLES.AddMember)
  @Post(':committeeId/members')
  @ApiPathIds('committeeId')
  @ApiCreatedResponse({ type: CommitteeResponse })
  async addMember(
    @PathId('committeeId') committeeId: string,
    @Body() member: CommitteeMemberRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.commands.thenFollowUp(
      this.commands.execute(committeeStreamId(committeeId), { type: 'AddMember', data: { committeeId, member }, metadata }, committeeDecider),
      'open the evaluations the committee can now serve',
      async () => this.pending.openPending({ callId: (await this.visible(user, committeeId)).callId }, metadata.correlationId),
    );
    return this.visible(user, committeeId);
  }

  @Roles(...EVALUATION_ROLES.RemoveMember)
  @Delete(':committeeId/members/:userId')
  @HttpCode(200)
  @ApiPathIds('committeeId', 'userId')
  @ApiOkResponse({ type: CommitteeResponse })
  async removeMember(
    @PathId('committeeId') committeeId: string,
    @PathId('userId') userId: string,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.commands.execute(committeeStreamId(committeeId), { type: 'RemoveMember', data: { committeeId, userId }, metadata }, committeeDecider);
    return this.visible(user, committeeId);
  }

  /** Sets or moves the day the members' sheets are due (채점 마감); it shows in their work queues and refuses nothing. */
  @Roles(...EVALUATION_ROLES.SetScoringDeadline)
  @Put(':committeeId/scoring-deadline')
  @ApiPathIds('committeeId')
  @ApiOkResponse({ type: CommitteeResponse })
  async setScoringDeadline(
    @PathId('committeeId') committeeId: string,
    @Body() body: ScoringDeadlineRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const command = { type: 'SetScoringDeadline', data: { committeeId, scoresDueAt: body.scoresDueAt }, metadata } as const;
    await this.commands.execute(committeeStreamId(committeeId), command, committeeDecider);
    return this.visible(user, committeeId);
  }

  @Roles(...EVALUATION_ROLES.DeclareRelationship)
  @Post(':committeeId/relationships')
  @ApiPathIds('committeeId')
  @ApiCreatedResponse({ type: CommitteeResponse, description: "The committee with the member's own declarations" })
  async declareRelationship(
    @PathId('committeeId') committeeId: string,
    @Body() body: DeclareCommitteeRelationshipRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    assertCommitteeScope(user, committeeId);
    await this.commands.thenFollowUp(
      this.commands.execute(
        committeeStreamId(committeeId),
        { type: 'DeclareRelationship', data: { committeeId, firm: body.firm, kind: body.kind }, metadata },
        committeeDecider,
      ),
      "recuse the member from the firm's evaluations",
      () => this.recusals.recuse({ committeeId }, metadata.correlationId),
    );
    return this.visible(user, committeeId);
  }
}
