import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { assertCenterScope, AuthenticatedUser, CurrentUser, HUMAN_ROLES, Roles } from '@yunghap/platform-nest';
import { PROGRAM_WIDE_READERS } from '../shared/roles';
import { ApplicationListQuery, CenterPathParams, ProgramApplicationListQuery } from './application-list.query.dto';
import { ApplicationQueries } from './application-queries';
import { ApplicationPageResponse } from './application.response.dto';

/** Application lists with filters and paging: per center, program-wide, and the caller's own. */
@ApiTags('application lists')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationListsHttpController {
  constructor(private readonly queries: ApplicationQueries) {}

  /** A center's work list: its own staff, or the program-wide roles. */
  @Roles('center-staff', ...PROGRAM_WIDE_READERS)
  @Get('centers/:centerId/applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  byCenter(@Param() { centerId }: CenterPathParams, @Query() query: ApplicationListQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationPageResponse> {
    assertCenterScope(user, centerId);
    return this.queries.page({ centerId }, query);
  }

  @Roles(...PROGRAM_WIDE_READERS)
  @Get('applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  all(@Query() { centerId, ...query }: ProgramApplicationListQuery): Promise<ApplicationPageResponse> {
    return this.queries.page(centerId ? { centerId } : {}, query);
  }

  /** What the caller drafted, in any status. */
  @Roles(...HUMAN_ROLES)
  @Get('me/applications')
  @ApiOkResponse({ type: ApplicationPageResponse })
  mine(@Query() query: ApplicationListQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationPageResponse> {
    return this.queries.page({ applicantId: user.userId }, query);
  }
}
