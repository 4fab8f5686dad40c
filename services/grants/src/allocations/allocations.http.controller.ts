import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GRANTS_ROLES, GrantsStreams, mentoringAllocationDecider } from '@yunghap/grants-domain';
import { CommandMetadata } from '@yunghap/kernel';
import {
  CommandExecutor,
  CommandMeta,
  DomainRefusal,
  mapPage,
  ProblemException,
  readPage,
  Roles,
  SERVICE_RUNTIME,
  ServiceRuntime,
} from '@yunghap/platform-nest';
import { decideMoveRecord, grantLineMovements } from '../money/money-flow';
import { ALLOCATIONS } from './allocation-view.projection';
import { ALLOCATION_OUTBOX } from './allocation.outbox';
import { AllocationPageResponse, AllocationResponse, allocationResponse } from './allocation.response.dto';
import { AllocationParams, AllocationsQuery, DeclineAllocationRequest } from './allocations.request.dto';

/** Mentoring allocations of ₩10M requested by the mentoring service, decided by finance under four-eyes. */
@ApiTags('grants: mentoring allocations')
@ApiBearerAuth()
@Controller('api/grants/allocations')
export class AllocationsHttpController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly commands: CommandExecutor,
  ) {}

  private allocations() {
    return ALLOCATIONS.in(this.runtime.readModels);
  }

  private async view(allocationId: string): Promise<AllocationResponse> {
    const allocation = await this.allocations().findOne({ _id: allocationId });
    if (!allocation) throw ProblemException.notFound('allocation', allocationId);
    return allocationResponse(allocation);
  }

  @Roles(...GRANTS_ROLES.readAllocations)
  @Get()
  @ApiOkResponse({ type: AllocationPageResponse })
  async list(@Query() query: AllocationsQuery): Promise<AllocationPageResponse> {
    const filter = query.status ? { status: query.status } : {};
    return mapPage(await readPage(query, (window) => this.allocations().find(filter, { sort: { requestedAt: 1, _id: 1 }, ...window })), allocationResponse);
  }

  @Roles(...GRANTS_ROLES.readAllocations)
  @Get(':allocationId')
  @ApiOkResponse({ type: AllocationResponse })
  get(@Param() { allocationId }: AllocationParams): Promise<AllocationResponse> {
    return this.view(allocationId);
  }

  /**
   * Commits ₩10M on the mentoring line. When the line is exhausted the request is rejected
   * (`budget-exhausted`, published to mentoring) and the caller is told why with the line's refusal.
   */
  @Roles(...GRANTS_ROLES.ApproveAllocation)
  @Post(':allocationId/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationResponse, description: 'Approved: ₩10M committed on the mentoring line' })
  async approve(@Param() { allocationId }: AllocationParams, @CommandMeta() metadata: CommandMetadata): Promise<AllocationResponse> {
    await this.view(allocationId);
    const streamId = GrantsStreams.allocation(allocationId);
    const approval = { type: 'ApproveAllocation', data: { allocationId }, metadata } as const;
    try {
      await this.commands.executeInTransaction(streamId, approval, (session) =>
        decideMoveRecord(session, streamId, approval, mentoringAllocationDecider, grantLineMovements, ALLOCATION_OUTBOX),
      );
    } catch (error) {
      if (error instanceof DomainRefusal && error.error.code === 'LINE.INSUFFICIENT_FUNDS') {
        await this.commands.execute(
          streamId,
          { type: 'RejectAllocation', data: { allocationId, reason: 'budget-exhausted' }, metadata },
          mentoringAllocationDecider,
          ALLOCATION_OUTBOX,
        );
      }
      throw error;
    }
    return this.view(allocationId);
  }

  @Roles(...GRANTS_ROLES.RejectAllocation)
  @Post(':allocationId/rejection')
  @HttpCode(200)
  @ApiOkResponse({ type: AllocationResponse })
  async decline(
    @Param() { allocationId }: AllocationParams,
    @Body() body: DeclineAllocationRequest,
    @CommandMeta() metadata: CommandMetadata,
  ): Promise<AllocationResponse> {
    await this.view(allocationId);
    const data = { allocationId, reason: 'declined' as const, ...(body.note === undefined ? {} : { note: body.note }) };
    await this.commands.execute(
      GrantsStreams.allocation(allocationId),
      { type: 'RejectAllocation', data, metadata },
      mentoringAllocationDecider,
      ALLOCATION_OUTBOX,
    );
    return this.view(allocationId);
  }
}
