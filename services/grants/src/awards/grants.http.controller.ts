import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { GrantCommand, grantDecider, GrantsStreams } from '@yunghap/grants-domain';
import { CommandMetadata, won } from '@yunghap/kernel';
import { CommandMeta, ProblemException, publicView, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { randomUUID } from 'node:crypto';
import { MoneyCommands } from '../money/money-commands';
import { BUDGET_READERS } from '../program/program.http.controller';
import { AwardProposals } from './award-proposals.handler';
import { ProposeAwardRequest, ReasonRequest, RecoverFundsRequest } from './awards.request.dto';
import { GrantView } from './grant-view.projection';
import { GRANT_OUTBOX } from './grant.outbox';

type GrantCommandData<T extends GrantCommand['type']> = Extract<GrantCommand, { type: T }>['data'];

/**
 * Grant awards under four-eyes: a program manager proposes, another person with the finance role
 * approves; then tranches are proposed and approved the same way, funds recovered and grants cancelled.
 */
@ApiTags('grants: awards')
@ApiBearerAuth()
@Controller('api/grants/grants')
export class GrantsHttpController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly proposals: AwardProposals,
    private readonly money: MoneyCommands,
  ) {}

  private async view(grantId: string): Promise<Omit<GrantView, '_position'>> {
    const grant = await this.runtime.readModels.collection<GrantView>('grants').findOne({ _id: grantId });
    if (!grant) throw ProblemException.notFound('grant', grantId);
    return publicView(grant);
  }

  /** Every grant command goes through the line first, so the money check and the decision stay together. */
  private async decide<T extends GrantCommand['type']>(type: T, data: GrantCommandData<T>, metadata: CommandMetadata) {
    await this.view(data.grantId);
    await this.money.execute(GrantsStreams.grant(data.grantId), { type, data, metadata } as GrantCommand, grantDecider, GRANT_OUTBOX);
    return this.view(data.grantId);
  }

  @Roles('program-manager')
  @Post()
  async propose(@Body() body: ProposeAwardRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.view(await this.proposals.propose(body, metadata));
  }

  @Roles(...BUDGET_READERS)
  @ApiQuery({ name: 'callId', required: false })
  @Get()
  async list(@Query('callId') callId?: string) {
    const grants = await this.runtime.readModels.collection<GrantView>('grants').find(callId ? { callId } : {}, { sort: { updatedAt: -1, _id: 1 } });
    return grants.map(publicView);
  }

  @Roles(...BUDGET_READERS)
  @Get(':grantId')
  get(@Param('grantId') grantId: string) {
    return this.view(grantId);
  }

  @Roles('finance')
  @Post(':grantId/approval')
  @HttpCode(200)
  approve(@Param('grantId') grantId: string, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('ApproveAward', { grantId }, metadata);
  }

  @Roles('program-manager', 'finance')
  @Post(':grantId/rejection')
  @HttpCode(200)
  reject(@Param('grantId') grantId: string, @Body() body: ReasonRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('RejectAward', { grantId, reason: body.reason }, metadata);
  }

  @Roles('program-manager', 'finance')
  @Post(':grantId/tranches/:trancheId/proposal')
  @HttpCode(200)
  proposeDisbursement(@Param('grantId') grantId: string, @Param('trancheId') trancheId: string, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('ProposeDisbursement', { grantId, trancheId }, metadata);
  }

  @Roles('finance')
  @Post(':grantId/tranches/:trancheId/approval')
  @HttpCode(200)
  approveDisbursement(@Param('grantId') grantId: string, @Param('trancheId') trancheId: string, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('ApproveDisbursement', { grantId, trancheId }, metadata);
  }

  @Roles('finance')
  @Post(':grantId/recoveries')
  recover(@Param('grantId') grantId: string, @Body() body: RecoverFundsRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('RecoverFunds', { grantId, recoveryId: randomUUID(), amount: won(body.amountWon), reason: body.reason }, metadata);
  }

  @Roles('program-manager')
  @Post(':grantId/cancellation')
  @HttpCode(200)
  cancel(@Param('grantId') grantId: string, @Body() body: ReasonRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.decide('CancelGrant', { grantId, reason: body.reason }, metadata);
  }
}
