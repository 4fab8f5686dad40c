import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES } from '@yunghap/applications-domain';
import { assertCenterScope, AuthenticatedUser, CurrentUser, Roles } from '@yunghap/platform-nest';
import { ApplicationListQuery, CenterPathParams, ProgramApplicationListQuery } from './application-list.query.dto';
import { ApplicationQueries } from './applications.queries';
import { ApplicationPageResponse } from './application.response.dto';

/** Application lists with filters and paging: per center, program-wide, and the caller's own. */
@ApiTags('application lists')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationListsHttpController {
  constructor(private readonly queries: ApplicationQueries) {}

  /** A center's work list: its own staff, or the program-wide roles. */
  @Roles(...APPLICATIONS_ROLES.readCenterApplications)
  @Get('centers/:centerId/applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  byCenter(
    @Param() { centerId }: CenterPathParams,
    @Query() query: ApplicationListQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationPageResponse> {
    assertCenterScope(user, centerId);
    return this.queries.page({ centerId }, query);
  }

  @Roles(...APPLICATIONS_ROLES.readAllApplications)
  @Get('applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  all(@Query() { centerId, ...query }: ProgramApplicationListQuery): Promise<ApplicationPageResponse> {
    return this.queries.page(centerId ? { centerId } : {}, query);
  }

  /** The applications the caller's firm takes part in, as lead or partner, in any status (drafts included). */
  @Roles(...APPLICATIONS_ROLES.readOwnApplications)
  @Get('me/applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  mine(@Query() query: ApplicationListQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationPageResponse> {
    return this.queries.page({ memberRegistrationNumbers: user.firmId }, query);
  }
}
