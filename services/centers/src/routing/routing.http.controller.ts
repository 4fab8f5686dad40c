import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CenterId, CENTERS_ROLES, mappingAt, ROUTING_STREAM_ID, routingDecider } from '@yunghap/centers-domain';
import { CommandMetadata, isDomainError, parseProvince, PROVINCES } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { MappingAtQuery, ReassignProvinceRequest } from './routing.request.dto';
import { ProvinceMappingResponse, RoutingResponse } from './routing.response.dto';
import { routingMessages } from './routing.outbox';
import { ROUTING, ROUTING_VIEW_ID, RoutingView } from './routing-view.projection';

// The platform documents 404 only where a path names a resource; this query can find nothing too.
const NOTHING_IN_FORCE = {
  status: 404,
  description: '그 시각에 시행 중인 매핑이 없음 (no mapping was in force at that instant)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
};

/** Which center receives a province's applications: data a program manager changes, every change an event. */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/centers/routing')
export class RoutingHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private async view(): Promise<RoutingView> {
    const view = await ROUTING.in(this.runtime.readModels).findOne({ _id: ROUTING_VIEW_ID });
    if (!view)
      throw new ProblemException(503, 'ROUTING.NOT_READY', '지역 배정이 아직 준비되지 않았습니다. (The province routing has not been initialised yet.)');
    return view;
  }

  @Roles(...CENTERS_ROLES.readRouting)
  @Get()
  @ApiOkResponse({ type: RoutingResponse, description: 'The mapping now and its whole history' })
  async current(): Promise<RoutingResponse> {
    const { current, changes } = await this.view();
    return { ...mappingResponse(current), changes };
  }

  @Roles(...CENTERS_ROLES.readRouting)
  @Get('at')
  @ApiOkResponse({ type: ProvinceMappingResponse, description: 'The mapping in force at that instant' })
  @ApiResponse(NOTHING_IN_FORCE)
  async at(@Query() query: MappingAtQuery): Promise<ProvinceMappingResponse> {
    const mapping = mappingAt((await this.view()).events, query.at);
    if (!mapping)
      throw new ProblemException(
        404,
        'ROUTING.NOT_IN_FORCE',
        `${query.at}에 시행 중인 지역 배정이 없습니다. (No province mapping was in force at ${query.at}.)`,
      );
    return mappingResponse(mapping);
  }

  @Roles(...CENTERS_ROLES.ReassignProvince)
  @Put('provinces/:province')
  @ApiParam({ name: 'province', enum: PROVINCES, description: 'Short name of one of the 17 provinces, e.g. 제주' })
  @ApiOkResponse({ type: RoutingResponse, description: 'The mapping with the change, last in `changes`' })
  async reassign(@Param('province') raw: string, @Body() body: ReassignProvinceRequest, @CommandMeta() metadata: CommandMetadata): Promise<RoutingResponse> {
    const province = parseProvince(raw);
    if (isDomainError(province)) {
      throw new ProblemException(
        404,
        'ROUTING.UNKNOWN_PROVINCE',
        `해당 시·도가 없습니다. 서울, 제주 같은 17개 약칭 중 하나를 쓰십시오. (No province ${raw}; use one of the 17 short names such as 서울 or 제주.)`,
      );
    }
    await this.commands.execute(
      ROUTING_STREAM_ID,
      { type: 'ReassignProvince', data: { province, toCenterId: body.centerId as CenterId, reason: body.reason }, metadata },
      routingDecider,
      { outbox: (events, _state, context) => routingMessages(events, context) },
    );
    return this.current();
  }
}

/** Exactly the documented fields, whatever else the read model keeps beside them. */
function mappingResponse({ mappingVersion, effectiveAt, provinces }: ProvinceMappingResponse): ProvinceMappingResponse {
  return { mappingVersion, effectiveAt, provinces };
}
