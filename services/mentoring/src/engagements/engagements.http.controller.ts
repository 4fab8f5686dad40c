import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { foldStream } from '@yunghap/event-store';
import { CommandMetadata } from '@yunghap/kernel';
import {
  EngagementError,
  EngagementStreamCommand,
  engagementStreamDecider,
  engagementStreamId,
  matchMentors,
  mentorDecider,
  mentorStreamId,
  MENTORING_ROLES,
} from '@yunghap/mentoring-domain';
import {
  assertCenterScope,
  AuthenticatedUser,
  CommandExecutor,
  CommandMeta,
  CurrentUser,
  DomainRefusal,
  mapPage,
  ProblemException,
  readPage,
  Roles,
  SERVICE_RUNTIME,
  ServiceRuntime,
} from '@yunghap/platform-nest';
import { MentorViews } from '../mentors/mentors.queries';
import { engagementResponse, EngagementViews } from './engagements.queries';
import { engagementOutbox } from './engagement.outbox';
import {
  CancelEngagementRequest,
  CompleteEngagementRequest,
  ConfirmMentorRequest,
  EngagementIdParams,
  EngagementListQuery,
  LogSessionRequest,
  ProposeEngagementRequest,
} from './engagements.request.dto';
import { EngagementPageResponse, EngagementResponse } from './engagements.response.dto';

/** A center-staff token always names its center (the auth guard refuses one that does not). */
function centerOf(user: AuthenticatedUser): string {
  if (!user.centerId) throw ProblemException.forbidden('센터 직원만 자기 센터의 멘토링을 조정합니다. (Only the staff of a center coordinate its engagements.)');
  return user.centerId;
}

/**
 * Mentoring engagements. A center's coordinators (center staff) propose, confirm, ask grants for
 * the allocation, log sessions, complete and cancel their own center's engagements; program
 * managers, finance and auditors read all of them. The domain checks the center again on every command.
 */
@ApiTags('engagements')
@ApiBearerAuth()
@Controller('api/mentoring/engagements')
export class EngagementsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly views: EngagementViews,
    private readonly mentors: MentorViews,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private async execute(command: EngagementStreamCommand, confirmedBy?: string): Promise<EngagementResponse> {
    const { engagementId } = command.data;
    await this.commands.execute(engagementStreamId(engagementId), command, engagementStreamDecider, engagementOutbox(confirmedBy));
    return engagementResponse(await this.views.existing(engagementId));
  }

  @Roles(...MENTORING_ROLES.readEngagements)
  @Get()
  @ApiOkResponse({ type: EngagementPageResponse })
  async list(@Query() query: EngagementListQuery, @CurrentUser() user: AuthenticatedUser): Promise<EngagementPageResponse> {
    const centerId = query.centerId ?? (user.role === 'center-staff' ? user.centerId : undefined);
    assertCenterScope(user, centerId);
    const filter = { ...(centerId ? { centerId } : {}), ...(query.status ? { status: query.status } : {}) };
    const page = await readPage(query, (window) => this.views.collection().find(filter, { sort: { proposedAt: -1, _id: 1 }, ...window }));
    return mapPage(page, engagementResponse);
  }

  @Roles(...MENTORING_ROLES.readEngagements)
  @Get(':engagementId')
  @ApiOkResponse({ type: EngagementResponse })
  async get(@Param() { engagementId }: EngagementIdParams, @CurrentUser() user: AuthenticatedUser): Promise<EngagementResponse> {
    return engagementResponse(await this.views.readableBy(user, engagementId));
  }

  /** Matches the active pool against the consortium and records the proposal with what matching found. */
  @Roles(...MENTORING_ROLES.ProposeEngagement)
  @Post()
  @ApiCreatedResponse({ type: EngagementResponse })
  async propose(
    @Body() body: ProposeEngagementRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ) {
    const actorCenterId = centerOf(user);
    const consortium = {
      ...body.consortium,
      firms: body.consortium.firms.map(({ registrationNumber, industryCode }) => ({ registrationNumber, industryCode })),
    };
    const matching = matchMentors(consortium, await this.mentors.activePool());
    const candidates = matching.proposed.map((match) => match.mentorId);
    const data = { engagementId: randomUUID(), actorCenterId, centerId: body.centerId ?? actorCenterId, consortium, candidates, matching };
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    response.setHeader('Location', `/api/mentoring/engagements/${data.engagementId}`);
    return this.execute({ type: 'ProposeEngagement', data, metadata });
  }

  /** The mentor's facts come from its stream, not the read model, so a tie declared a moment ago still blocks. */
  @Roles(...MENTORING_ROLES.ConfirmMentor)
  @Post(':engagementId/mentor')
  @HttpCode(200)
  @ApiOkResponse({ type: EngagementResponse })
  async confirmMentor(
    @Param() { engagementId }: EngagementIdParams,
    @Body() body: ConfirmMentorRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    await this.views.readableBy(user, engagementId);
    const mentor = foldStream(await this.runtime.store.readStream(mentorStreamId(body.mentorId)), mentorDecider);
    // Candidates come from the pool, so a mentor never registered cannot be one.
    if (mentor.status === 'unregistered') throw new DomainRefusal(EngagementError.becauseNotACandidate(body.mentorId));
    return this.execute({ type: 'ConfirmMentor', data: { engagementId, actorCenterId: centerOf(user), mentor }, metadata });
  }

  /** Asks grants for the ₩10,000,000 allocation under a new id; the engagement starts when grants approves. */
  @Roles(...MENTORING_ROLES.RequestAllocation)
  @Post(':engagementId/allocation')
  @HttpCode(200)
  @ApiOkResponse({ type: EngagementResponse })
  async requestAllocation(@Param() { engagementId }: EngagementIdParams, @CurrentUser() user: AuthenticatedUser, @CommandMeta() metadata: CommandMetadata) {
    const stream = await this.runtime.store.readStream(engagementStreamId(engagementId));
    const confirmedBy = stream.find((event) => event.type === 'MentorConfirmed')?.metadata.actor.userId;
    return this.execute(
      { type: 'RequestAllocation', data: { engagementId, actorCenterId: centerOf(user), allocationId: randomUUID() }, metadata },
      confirmedBy,
    );
  }

  @Roles(...MENTORING_ROLES.LogSession)
  @Post(':engagementId/sessions')
  @ApiCreatedResponse({ type: EngagementResponse })
  logSession(
    @Param() { engagementId }: EngagementIdParams,
    @Body() body: LogSessionRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    const { sessionId = randomUUID(), date, minutes, topic, outcome } = body;
    return this.execute({
      type: 'LogSession',
      data: { engagementId, actorCenterId: centerOf(user), session: { sessionId, date, minutes, topic, outcome } },
      metadata,
    });
  }

  @Roles(...MENTORING_ROLES.CompleteEngagement)
  @Post(':engagementId/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: EngagementResponse })
  complete(
    @Param() { engagementId }: EngagementIdParams,
    @Body() body: CompleteEngagementRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    return this.execute({ type: 'CompleteEngagement', data: { engagementId, actorCenterId: centerOf(user), report: body.report }, metadata });
  }

  /** Cancelling a started engagement also tells grants to release the allocation's unspent money. */
  @Roles(...MENTORING_ROLES.CancelEngagement)
  @Post(':engagementId/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: EngagementResponse })
  cancel(
    @Param() { engagementId }: EngagementIdParams,
    @Body() body: CancelEngagementRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    return this.execute({ type: 'CancelEngagement', data: { engagementId, actorCenterId: centerOf(user), reason: body.reason }, metadata });
  }
}
