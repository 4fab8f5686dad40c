import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES } from '@yunghap/applications-domain';
import { ProblemException, PROBLEM_CONTENT_TYPE, Roles } from '@yunghap/platform-nest';
import { rfc3339Instant } from '../shared/request-validators';
import { ApplicationRouter } from './application-router';
import { RoutingMappingResponse, routingMappingOf } from './routing-mapping.response.dto';
import { MappingAtQuery } from './routing-replica.request.dto';

// Before the first change takes effect there is no mapping to show, and asking again will not
// make one: that is a plain "not found", not a dependency to wait for.
function notMapped(at: string): ProblemException {
  return new ProblemException(
    404,
    'ROUTING.NOT_MAPPED',
    `${at}에 적용되는 시·도 센터 배정이 없습니다. (No province mapping is in force at ${at}: the centers service has announced none taking effect by then.)`,
  );
}

/** The province mapping this service routes submissions by (its replica of the centers context's). */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/applications/routing')
export class RoutingReplicaHttpController {
  constructor(private readonly router: ApplicationRouter) {}

  @Roles(...APPLICATIONS_ROLES.readRoutingMapping)
  @Get()
  @ApiOkResponse({ type: RoutingMappingResponse })
  @ApiNotFoundResponse({
    description: '그 시각에 적용되는 배정이 없음: code ROUTING.NOT_MAPPED (no mapping in force at that instant)',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async at(@Query() query: MappingAtQuery): Promise<RoutingMappingResponse> {
    // Read as an instant, so that any offset or fraction the pipe let through compares as a moment.
    const instant = query.at === undefined ? Date.now() : rfc3339Instant(query.at);
    if (instant === undefined)
      throw ProblemException.validation([
        { field: 'at', rule: 'isRfc3339Instant', message: 'at은(는) RFC 3339 시각이어야 합니다. (at must be an RFC 3339 date-time.)' },
      ]);
    const at = new Date(instant).toISOString();
    const mapping = await this.router.mappingAt(at);
    if (!mapping) throw notMapped(query.at ?? at);
    return routingMappingOf(mapping);
  }
}
