import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { HUMAN_ROLES, Roles } from '@yunghap/platform-nest';
import { ApplicationRouter, routingUnknown } from './application-router';
import { MappingAtQuery } from './routing-replica.request.dto';

/** The province mapping this service routes submissions by (its replica of the centers context's). */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/applications/routing')
export class RoutingReplicaHttpController {
  constructor(private readonly router: ApplicationRouter) {}

  @Roles(...HUMAN_ROLES)
  @Get()
  async at(@Query() { at = new Date().toISOString() }: MappingAtQuery) {
    const mapping = await this.router.mappingAt(at);
    if (!mapping) throw routingUnknown('any province', at);
    return mapping;
  }
}
