import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { centerDecider, CenterId, centerStreamId, isCenterId } from '@yunghap/centers-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, ProblemException, publicView, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { CenterView } from './center-view.projection';
import { AssignStaffRequest, UpdateCenterRequest } from './centers.request.dto';

const EVERY_ROLE = ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'] as const;

/** The seven regional support centers: readable by every role, changed by program managers only. */
@ApiTags('centers')
@ApiBearerAuth()
@Controller('api/centers/centers')
export class CentersHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private centers() {
    return this.runtime.readModels.collection<CenterView>('centers');
  }

  private async existing(id: string): Promise<CenterView> {
    const center = isCenterId(id) ? await this.centers().findOne({ _id: id }) : null;
    if (!center) throw ProblemException.notFound('center', id);
    return publicView(center);
  }

  @Roles(...EVERY_ROLE)
  @Get()
  async list(): Promise<CenterView[]> {
    return (await this.centers().find({}, { sort: { _id: 1 } })).map(publicView);
  }

  @Roles(...EVERY_ROLE)
  @Get(':centerId')
  get(@Param('centerId') centerId: string): Promise<CenterView> {
    return this.existing(centerId);
  }

  @Roles('program-manager')
  @Put(':centerId')
  async update(@Param('centerId') centerId: string, @Body() body: UpdateCenterRequest, @CommandMeta() metadata: CommandMetadata): Promise<CenterView> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'UpdateCenterDetails', data: { centerId: id, ...body }, metadata }, centerDecider);
    return this.existing(centerId);
  }

  @Roles('program-manager')
  @Post(':centerId/staff')
  async assignStaff(@Param('centerId') centerId: string, @Body() body: AssignStaffRequest, @CommandMeta() metadata: CommandMetadata): Promise<CenterView> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'AssignStaff', data: { centerId: id, ...body }, metadata }, centerDecider);
    return this.existing(centerId);
  }

  @Roles('program-manager')
  @Delete(':centerId/staff/:userId')
  @HttpCode(200)
  async unassignStaff(@Param('centerId') centerId: string, @Param('userId') userId: string, @CommandMeta() metadata: CommandMetadata): Promise<CenterView> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'UnassignStaff', data: { centerId: id, userId }, metadata }, centerDecider);
    return this.existing(centerId);
  }
}
