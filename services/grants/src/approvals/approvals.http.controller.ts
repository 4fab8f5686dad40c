import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GRANTS_ROLES } from '@yunghap/grants-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandMeta, PageQuery, pageOf, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ALLOCATIONS } from '../allocations/allocation-view.projection';
import { GRANTS } from '../awards/grant-view.projection';
import { pendingApprovals } from './approval-queue';
import { PendingApprovalPageResponse } from './approvals.response.dto';

/**
 * The approvals queue: every decision waiting for a second person, each saying whether the caller
 * may take it and, if not, why (four-eyes, role, a line exception still pending). Finance works it;
 * program managers see the line exceptions they may approve; auditors read it.
 */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('api/grants/approvals')
export class ApprovalsHttpController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Roles(...GRANTS_ROLES.readApprovals)
  @Get()
  @ApiOkResponse({ type: PendingApprovalPageResponse })
  async list(@Query() query: PageQuery, @CommandMeta() metadata: CommandMetadata): Promise<PendingApprovalPageResponse> {
    const [grants, allocations] = await Promise.all([
      GRANTS.in(this.runtime.readModels).find({ status: { $in: ['proposed', 'awarded'] } }, { sort: { updatedAt: 1, _id: 1 } }),
      ALLOCATIONS.in(this.runtime.readModels).find({ status: 'requested' }, { sort: { requestedAt: 1, _id: 1 } }),
    ]);
    return pageOf(pendingApprovals(grants, allocations, metadata), query);
  }
}
