import { Body, Controller, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CenterId, mappingAt, parseProvince, ROUTING_STREAM_ID, routingDecider } from '@yunghap/centers-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ReassignProvinceRequest, MappingAtQuery } from './routing.request.dto';
import { routingMessages } from './routing.outbox';
import { ROUTING_VIEW_ID, RoutingView } from './routing-view.projection';

const EVERY_ROLE = ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'] as const;

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
    const view = await this.runtime.readModels.collection<RoutingView>('routing').findOne({ _id: ROUTING_VIEW_ID });
    if (!view) throw new ProblemException(503, 'ROUTING.NOT_READY', 'The province routing has not been initialised yet');
    return view;
  }

  @Roles(...EVERY_ROLE)
  @Get()
  async current() {
    const { current, changes } = await this.view();
    return { ...current, changes };
  }

  @Roles(...EVERY_ROLE)
  @Get('at')
  async at(@Query() query: MappingAtQuery) {
    const mapping = mappingAt((await this.view()).events, query.at);
    if (!mapping) throw new ProblemException(404, 'ROUTING.NOT_IN_FORCE', `No province mapping was in force at ${query.at}`);
    return mapping;
  }

  @Roles('program-manager')
  @Put('provinces/:province')
  async reassign(@Param('province') raw: string, @Body() body: ReassignProvinceRequest, @CommandMeta() metadata: CommandMetadata) {
    const province = parseProvince(raw);
    if (!province) throw new ProblemException(404, 'ROUTING.UNKNOWN_PROVINCE', `No province ${raw}; use one of the 17 short names such as 서울 or 제주`);
    await this.commands.execute(
      ROUTING_STREAM_ID,
      { type: 'ReassignProvince', data: { province, toCenterId: body.centerId as CenterId, reason: body.reason }, metadata },
      routingDecider,
      { outbox: (events, _state, context) => routingMessages(events, context) },
    );
    return this.current();
  }
}
