import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApplicationContentInput } from '@yunghap/applications-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedUser, CommandMeta, CurrentUser, HUMAN_ROLES, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { CALLS_COLLECTION, CallView } from '../calls/call-view.projection';
import { ApplicationRouter, routingUnknown } from '../routing-replica/application-router';
import { AcceptsIfMatch, IfMatchVersion, versionTag } from '../shared/expected-version';
import { ApplicationCommands } from './application-commands';
import { ApplicationQueries } from './application-queries';
import { ApplicationContentRequest, DraftApplicationRequest, WithdrawApplicationRequest } from './applications.request.dto';

function contentOf({ leadFirm, partnerFirms, task, requestedAmount, budgetPlan }: ApplicationContentRequest): ApplicationContentInput {
  return { leadFirm, partnerFirms, task, requestedAmount, budgetPlan };
}

/**
 * A consortium's application from the applicant's side, and reading one. There is no applicant
 * role: whoever drafts an application is its applicant, and only they revise, submit or withdraw
 * it (the decider answers anyone else with 403).
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications/applications')
export class ApplicationsHttpController {
  constructor(
    private readonly commands: ApplicationCommands,
    private readonly queries: ApplicationQueries,
    private readonly router: ApplicationRouter,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  @Roles(...HUMAN_ROLES)
  @Post()
  async draft(@Body() body: DraftApplicationRequest, @CommandMeta() metadata: CommandMetadata) {
    const call = await this.runtime.readModels.collection<CallView>(CALLS_COLLECTION).findOne({ _id: body.callId });
    if (!call) {
      throw new ProblemException(422, 'APPLICATION.CALL_UNKNOWN', `No call ${body.callId} has been opened`, [
        { field: 'callId', rule: 'callExists', message: 'callId must name an opened call' },
      ]);
    }
    const applicationId = randomUUID();
    await this.commands.execute({ type: 'DraftApplication', data: { applicationId, callId: body.callId, content: contentOf(body) }, metadata });
    return this.queries.existing(applicationId);
  }

  @Roles(...HUMAN_ROLES)
  @Get(':applicationId')
  async get(@Param('applicationId') applicationId: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response) {
    const application = await this.queries.readableBy(user, applicationId);
    response.setHeader('ETag', versionTag(application.version));
    return application;
  }

  @Roles(...HUMAN_ROLES)
  @Get(':applicationId/timeline')
  timeline(@Param('applicationId') applicationId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.timeline(user, applicationId);
  }

  @Roles(...HUMAN_ROLES)
  @Put(':applicationId')
  @AcceptsIfMatch()
  async revise(
    @Param('applicationId') applicationId: string,
    @Body() body: ApplicationContentRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    await this.queries.existing(applicationId);
    await this.commands.execute({ type: 'ReviseApplication', data: { applicationId, content: contentOf(body) }, metadata }, ifMatch);
    return this.queries.existing(applicationId);
  }

  /** Submits (or resubmits after a return) and routes it to its center in the same request. */
  @Roles(...HUMAN_ROLES)
  @Post(':applicationId/submit')
  @HttpCode(200)
  @AcceptsIfMatch()
  async submit(@Param('applicationId') applicationId: string, @IfMatchVersion() ifMatch: number | undefined, @CommandMeta() metadata: CommandMetadata) {
    const application = await this.queries.existing(applicationId);
    // Checked before anything is stored, so a first submission is never left without a center.
    // Only for the applicant: anyone else is refused by the decider, whatever the routing.
    const province = application.content.leadFirm.province;
    if (application.status === 'drafted' && application.applicantId === metadata.actor.userId && !(await this.router.centerFor(province, metadata.now))) {
      throw routingUnknown(province, metadata.now);
    }
    await this.commands.execute({ type: 'SubmitApplication', data: { applicationId }, metadata }, ifMatch);
    await this.router.routeIfSubmitted(await this.queries.existing(applicationId), metadata.correlationId);
    return this.queries.existing(applicationId);
  }

  @Roles(...HUMAN_ROLES)
  @Post(':applicationId/withdraw')
  @HttpCode(200)
  @AcceptsIfMatch()
  async withdraw(
    @Param('applicationId') applicationId: string,
    @Body() body: WithdrawApplicationRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    await this.queries.existing(applicationId);
    await this.commands.execute({ type: 'WithdrawApplication', data: { applicationId, reason: body.reason }, metadata }, ifMatch);
    return this.queries.existing(applicationId);
  }
}
