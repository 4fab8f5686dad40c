import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedUser, CommandMeta, CurrentUser, Roles } from '@yunghap/platform-nest';
import { ApplicationCommands } from '../applications/application-commands';
import { ApplicationQueries } from '../applications/application-queries';
import { AcceptsIfMatch, IfMatchVersion } from '../shared/expected-version';
import { ScreeningFactsReader } from './screening-facts.reader';
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

  @Roles('center-staff', 'program-manager')
  @Post(':applicationId/return')
  @HttpCode(200)
  @AcceptsIfMatch()
  async returnForRevision(
    @Param('applicationId') applicationId: string,
    @Body() body: ReturnApplicationRequest,
    @CurrentUser() user: AuthenticatedUser,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    await this.queries.existing(applicationId);
    await this.commands.execute({ type: 'ReturnApplication', data: { applicationId, actorCenterId: user.centerId, reason: body.reason }, metadata }, ifMatch);
    return this.queries.existing(applicationId);
  }

  /** Applies every eligibility rule and records the result with each failed rule; published as ApplicationScreened. */
  @Roles('center-staff', 'program-manager')
  @Post(':applicationId/screen')
  @HttpCode(200)
  @AcceptsIfMatch()
  async screen(
    @Param('applicationId') applicationId: string,
    @CurrentUser() user: AuthenticatedUser,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
  ) {
    const application = await this.queries.existing(applicationId);
    const facts = await this.facts.factsFor(application);
    await this.commands.execute({ type: 'ScreenApplication', data: { applicationId, actorCenterId: user.centerId, facts }, metadata }, ifMatch);
    return this.queries.existing(applicationId);
  }
}
