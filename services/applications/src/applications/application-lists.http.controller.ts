import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { assertCenterScope, AuthenticatedUser, CurrentUser, HUMAN_ROLES, Roles } from '@yunghap/platform-nest';
import { PROGRAM_WIDE_READERS } from '../shared/roles';
import { ApplicationListQuery, ProgramApplicationListQuery } from './application-list.query.dto';
import { ApplicationQueries } from './application-queries';

/** Application lists with filters and paging: per center, program-wide, and the caller's own. */
@ApiTags('application lists')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationListsHttpController {
  constructor(private readonly queries: ApplicationQueries) {}

  /** A center's work list: its own staff, or the program-wide roles. */
  @Roles('center-staff', ...PROGRAM_WIDE_READERS)
  @Get('centers/:centerId/applications')
  byCenter(@Param('centerId') centerId: string, @Query() query: ApplicationListQuery, @CurrentUser() user: AuthenticatedUser) {
    assertCenterScope(user, centerId);
    return this.queries.page({ centerId }, query);
  }

  @Roles(...PROGRAM_WIDE_READERS)
  @Get('applications')
  all(@Query() { centerId, ...query }: ProgramApplicationListQuery) {
    return this.queries.page(centerId ? { centerId } : {}, query);
  }

  /** What the caller drafted, in any status. */
  @Roles(...HUMAN_ROLES)
  @Get('me/applications')
  mine(@Query() query: ApplicationListQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.page({ applicantId: user.userId }, query);
  }
}
