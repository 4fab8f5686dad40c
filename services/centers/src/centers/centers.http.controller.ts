import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { centerDecider, CenterId, CENTERS_ROLES, centerStreamId } from '@yunghap/centers-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, mapPage, PageQuery, ProblemException, readPage, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { CENTERS, CenterView } from './center-view.projection';
import { AssignStaffRequest, CenterParams, StaffMemberParams, UpdateCenterRequest } from './centers.request.dto';
import { CenterPageResponse, CenterResponse } from './centers.response.dto';

// Set by the platform's Idempotency-Key handling when it answers a repeat with the first answer.
const REPLAY_HEADER = {
  'Idempotent-Replayed': { description: '첫 응답의 재전송일 때만 (only on a replay of the first answer)', schema: { type: 'string', enum: ['true'] } },
};

/** The read model keys centers by `_id`; clients know them by their domain name, `centerId`. */
function toResponse({ _id, regionName, institution, staff, registeredAt, updatedAt }: CenterView): CenterResponse {
  return {
    centerId: _id,
    regionName,
    institution: { nameKo: institution.nameKo, nameEn: institution.nameEn },
    staff: staff.map(({ userId, name, role }) => ({ userId, name, role })),
    registeredAt,
    updatedAt,
  };
}

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
    return CENTERS.in(this.runtime.readModels);
  }

  private async existing(centerId: string): Promise<CenterResponse> {
    const center = await this.centers().findOne({ _id: centerId });
    if (!center) throw new ProblemException(404, 'CENTER.NOT_FOUND', `해당 센터가 없습니다. (No center with id ${centerId}.)`);
    return toResponse(center);
  }

  @Roles(...CENTERS_ROLES.readCenters)
  @Get()
  @ApiOkResponse({ type: CenterPageResponse })
  async list(@Query() query: PageQuery): Promise<CenterPageResponse> {
    return mapPage(await readPage(query, (window) => this.centers().find({}, { sort: { _id: 1 }, ...window })), toResponse);
  }

  @Roles(...CENTERS_ROLES.readCenters)
  @Get(':centerId')
  @ApiOkResponse({ type: CenterResponse, description: 'The center with its staff' })
  get(@Param() { centerId }: CenterParams): Promise<CenterResponse> {
    return this.existing(centerId);
  }

  @Roles(...CENTERS_ROLES.UpdateCenterDetails)
  @Put(':centerId')
  @ApiOkResponse({ type: CenterResponse, description: 'The center as changed (unchanged details record no event)' })
  async update(@Param() { centerId }: CenterParams, @Body() body: UpdateCenterRequest, @CommandMeta() metadata: CommandMetadata): Promise<CenterResponse> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'UpdateCenterDetails', data: { centerId: id, ...body }, metadata }, centerDecider);
    return this.existing(centerId);
  }

  @Roles(...CENTERS_ROLES.AssignStaff)
  @Post(':centerId/staff')
  @ApiCreatedResponse({ type: CenterResponse, description: 'The center with the new member last in `staff`', headers: REPLAY_HEADER })
  async assignStaff(@Param() { centerId }: CenterParams, @Body() body: AssignStaffRequest, @CommandMeta() metadata: CommandMetadata): Promise<CenterResponse> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'AssignStaff', data: { centerId: id, ...body }, metadata }, centerDecider);
    return this.existing(centerId);
  }

  @Roles(...CENTERS_ROLES.UnassignStaff)
  @Delete(':centerId/staff/:userId')
  @HttpCode(200)
  @ApiOkResponse({ type: CenterResponse, description: 'The center without the member' })
  async unassignStaff(@Param() { centerId, userId }: StaffMemberParams, @CommandMeta() metadata: CommandMetadata): Promise<CenterResponse> {
    await this.existing(centerId);
    const id = centerId as CenterId;
    await this.commands.execute(centerStreamId(id), { type: 'UnassignStaff', data: { centerId: id, userId }, metadata }, centerDecider);
    return this.existing(centerId);
  }
}
