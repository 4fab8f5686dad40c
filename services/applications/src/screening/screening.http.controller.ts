import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES } from '@yunghap/applications-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedUser, CommandMeta, CurrentUser, Roles } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { ApplicationCommands } from '../applications/applications.handler';
import { ApplicationQueries } from '../applications/applications.queries';
import { ApplicationResponse, applicationResponseOf } from '../applications/application.response.dto';
import { ApplicationPathParams } from '../applications/applications.request.dto';
import { AcceptsIfMatch, IfMatchVersion, tagWithVersion } from '../shared/expected-version';
import { ETAG_HEADER } from '../shared/response-headers';
import { ScreeningFactsReader } from './screening-facts.queries';
import { ReturnApplicationRequest } from './screening.request.dto';

/**
 * The center's side: return an application for revision (once, before screening) or screen it.
 * Staff act on their own center's applications only (the decider compares the token's center with
 * the routing); program managers on every center's.
 */
@ApiTags('screening')
@ApiBearerAuth()
@Controller('api/applications/applications')
export class ScreeningHttpController {
  constructor(
    private readonly commands: ApplicationCommands,
    private readonly queries: ApplicationQueries,
    private readonly facts: ScreeningFactsReader,
  ) {}

  @Roles(...APPLICATIONS_ROLES.ReturnApplication)
  @Post(':applicationId/return')
  @HttpCode(200)
  @AcceptsIfMatch()
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async returnForRevision(
    @Param() { applicationId }: ApplicationPathParams,
    @Body() body: ReturnApplicationRequest,
    @CurrentUser() user: AuthenticatedUser,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    await this.commands.file(applicationId);
    await this.commands.execute({ type: 'ReturnApplication', data: { applicationId, actorCenterId: user.centerId, reason: body.reason }, metadata }, ifMatch);
    return tagWithVersion(response, applicationResponseOf(await this.queries.existing(applicationId)));
  }

  /** Applies every eligibility rule and records the result with each failed rule; published as ApplicationScreened. */
  @Roles(...APPLICATIONS_ROLES.ScreenApplication)
  @Post(':applicationId/screen')
  @HttpCode(200)
  @AcceptsIfMatch()
  @ApiOkResponse({ type: ApplicationResponse, headers: ETAG_HEADER })
  async screen(
    @Param() { applicationId }: ApplicationPathParams,
    @CurrentUser() user: AuthenticatedUser,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicationResponse> {
    // Screening compares with the call's other applications: a read-model query, so it waits for that store.
    const application = await this.queries.existing(applicationId);
    const facts = await this.facts.factsFor(application);
    await this.commands.execute({ type: 'ScreenApplication', data: { applicationId, actorCenterId: user.centerId, facts }, metadata }, ifMatch);
    return tagWithVersion(response, applicationResponseOf(await this.queries.existing(applicationId)));
  }
}
