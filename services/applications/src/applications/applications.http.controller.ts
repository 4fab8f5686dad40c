import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationContentInput, APPLICATIONS_ROLES, callStreamId } from '@yunghap/applications-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedUser, CommandExecutor, CommandMeta, CurrentUser, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { ApplicationRouter, routingUnknown } from '../routing-replica/application-router';
import { assertLeadsFor } from './application-access';
import { AcceptsIfMatch, IfMatchVersion, tagWithVersion } from '../shared/expected-version';
import { ETAG_HEADER, LOCATION_HEADER, setLocation } from '../shared/response-headers';
import { ApplicationCommands } from './applications.handler';
import { ApplicationQueries } from './applications.queries';
import { ApplicationTimelineResponse } from './application-timeline.response.dto';
import { ApplicationResponse, applicationResponseOf } from './application.response.dto';
import { ApplicationContentRequest, ApplicationPathParams, DraftApplicationRequest, WithdrawApplicationRequest } from './applications.request.dto';

function contentOf({ leadFirm, partnerFirms, task, requestedAmount, budgetPlan }: ApplicationContentRequest): ApplicationContentInput {
  return { leadFirm, partnerFirms, task, requestedAmount, budgetPlan };
}

/**
 * A consortium's application from the applicant's side, and reading one. An applicant acts for the
 * firm their token names, which must lead the application (403 otherwise); whoever drafted it is
 * its applicant, and only they revise, submit or withdraw it (the decider answers anyone else with 403).
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications/applications')
export class ApplicationsHttpController {
  constructor(
    private readonly commands: ApplicationCommands,
    private readonly queries: ApplicationQueries,
    private readonly router: ApplicationRouter,
    private readonly executor: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  /** The application as it stands after a command, with its version as ETag. */
  private async answer(applicationId: string, response: Response): Promise<ApplicationResponse> {
    return tagWithVersion(response, applicationResponseOf(await this.queries.existing(applicationId)));
  }

  @Roles(...APPLICATIONS_ROLES.DraftApplication)
  @Post()
  @ApiCreatedResponse({ type: ApplicationResponse, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  async draft(
    @Body() body: DraftApplicationRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    assertLeadsFor(user, body.leadFirm.registrationNumber);
    // From the call's stream, not its read model: commands go on while the read-model store is away.
    const call = await this.runtime.store.readStream(callStreamId(body.callId));
    if (call.length === 0) {
      throw new ProblemException(422, 'APPLICATION.CALL_UNKNOWN', `열린 적 없는 공모입니다. (No call ${body.callId} has been opened.)`, [
        { field: 'callId', rule: 'callExists', message: '열린 공모의 id여야 합니다. (callId must name an opened call.)' },
      ]);
    }
    const applicationId = randomUUID();
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    setLocation(response, `/api/applications/applications/${applicationId}`);
    await this.commands.execute({ type: 'DraftApplication', data: { applicationId, callId: body.callId, content: contentOf(body) }, metadata });
    return this.answer(applicationId, response);
  }

  @Roles(...APPLICATIONS_ROLES.readApplication)
  @Get(':applicationId')
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async get(
    @Param() { applicationId }: ApplicationPathParams,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    return tagWithVersion(response, applicationResponseOf(await this.queries.readableBy(user, applicationId)));
  }

  @Roles(...APPLICATIONS_ROLES.readApplication)
  @Get(':applicationId/timeline')
  @ApiOkResponse({ type: ApplicationTimelineResponse })
  timeline(@Param() { applicationId }: ApplicationPathParams, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationTimelineResponse> {
    return this.queries.timeline(user, applicationId);
  }

  @Roles(...APPLICATIONS_ROLES.ReviseApplication)
  @Put(':applicationId')
  @AcceptsIfMatch()
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async revise(
    @Param() { applicationId }: ApplicationPathParams,
    @Body() body: ApplicationContentRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    // The firm leads the application as it stands, and goes on leading it as revised.
    assertLeadsFor(user, (await this.commands.file(applicationId)).content.leadFirm.registrationNumber);
    assertLeadsFor(user, body.leadFirm.registrationNumber);
    await this.commands.execute({ type: 'ReviseApplication', data: { applicationId, content: contentOf(body) }, metadata }, ifMatch);
    return this.answer(applicationId, response);
  }

  /** Submits (or resubmits after a return) and routes it to its center in the same request. */
  @Roles(...APPLICATIONS_ROLES.SubmitApplication)
  @Post(':applicationId/submit')
  @HttpCode(200)
  @AcceptsIfMatch()
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async submit(
    @Param() { applicationId }: ApplicationPathParams,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    const application = await this.commands.file(applicationId);
    assertLeadsFor(user, application.content.leadFirm.registrationNumber);
    // Checked before anything is stored, so a first submission is never left without a center.
    // Only for the applicant: anyone else is refused by the decider, whatever the routing.
    const province = application.content.leadFirm.province;
    if (application.status === 'drafted' && application.applicantId === metadata.actor.userId && !(await this.router.centerFor(province, metadata.now))) {
      throw routingUnknown(province, metadata.now);
    }
    await this.executor.thenFollowUp(
      this.commands.execute({ type: 'SubmitApplication', data: { applicationId }, metadata }, ifMatch),
      'route the submission',
      async () => this.router.routeIfSubmitted(await this.commands.file(applicationId), metadata.correlationId),
    );
    return this.answer(applicationId, response);
  }

  @Roles(...APPLICATIONS_ROLES.WithdrawApplication)
  @Post(':applicationId/withdraw')
  @HttpCode(200)
  @AcceptsIfMatch()
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async withdraw(
    @Param() { applicationId }: ApplicationPathParams,
    @Body() body: WithdrawApplicationRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    assertLeadsFor(user, (await this.commands.file(applicationId)).content.leadFirm.registrationNumber);
    await this.commands.execute({ type: 'WithdrawApplication', data: { applicationId, reason: body.reason }, metadata }, ifMatch);
    return this.answer(applicationId, response);
  }
}
