import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GrantCommand, GRANTS_ROLES, GrantsStreams } from '@yunghap/grants-domain';
import { CommandMetadata, won } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, mapPage, ProblemException, readPage, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { randomUUID } from 'node:crypto';
import { decideWithApplicationHold } from './application-hold';
import { AwardProposals } from './award-proposals.handler';
import { GrantParams, GrantsQuery, ProposeAwardRequest, ReasonRequest, RecoverFundsRequest, TrancheParams } from './awards.request.dto';
import { GRANTS } from './grant-view.projection';
import { GrantPageResponse, GrantResponse, grantResponse } from './grant.response.dto';

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
    private readonly commands: CommandExecutor,
  ) {}

  private grants() {
    return GRANTS.in(this.runtime.readModels);
  }

  private async view(grantId: string): Promise<GrantResponse> {
    const grant = await this.grants().findOne({ _id: grantId });
    if (!grant) throw ProblemException.notFound('grant', grantId);
    return grantResponse(grant);
  }

  /** Every grant command goes through the line, in one transaction, so the money check and the decision stay together. */
  private async decide<T extends GrantCommand['type']>(type: T, data: GrantCommandData<T>, metadata: CommandMetadata): Promise<GrantResponse> {
    // A grant's application never changes, so the read model may name it before the transaction.
    const { applicationId } = await this.view(data.grantId);
    const command = { type, data, metadata } as GrantCommand;
    await this.commands.executeInTransaction(GrantsStreams.grant(data.grantId), command, (session) =>
      decideWithApplicationHold(session, applicationId, command),
    );
    return this.view(data.grantId);
  }

  @Roles(...GRANTS_ROLES.ProposeAward)
  @Post()
  @ApiCreatedResponse({ type: GrantResponse, description: 'The proposal, awaiting finance; nothing is committed yet' })
  async propose(
    @Body() body: ProposeAwardRequest,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<GrantResponse> {
    const grantId = randomUUID();
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    response.setHeader('Location', `/api/grants/grants/${grantId}`);
    return this.view(await this.proposals.propose(body, metadata, grantId));
  }

  @Roles(...GRANTS_ROLES.readGrants)
  @Get()
  @ApiOkResponse({ type: GrantPageResponse })
  async list(@Query() { callId, ...query }: GrantsQuery): Promise<GrantPageResponse> {
    const filter = callId ? { callId } : {};
    return mapPage(await readPage(query, (window) => this.grants().find(filter, { sort: { updatedAt: -1, _id: 1 }, ...window })), grantResponse);
  }

  @Roles(...GRANTS_ROLES.readGrants)
  @Get(':grantId')
  @ApiOkResponse({ type: GrantResponse })
  get(@Param() { grantId }: GrantParams): Promise<GrantResponse> {
    return this.view(grantId);
  }

  @Roles(...GRANTS_ROLES.ApproveAward)
  @Post(':grantId/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Awarded: the amount is committed on its line' })
  approve(@Param() { grantId }: GrantParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('ApproveAward', { grantId }, metadata);
  }

  @Roles(...GRANTS_ROLES.RejectAward)
  @Post(':grantId/rejection')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse })
  reject(@Param() { grantId }: GrantParams, @Body() body: ReasonRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('RejectAward', { grantId, reason: body.reason }, metadata);
  }

  @Roles(...GRANTS_ROLES.ProposeDisbursement)
  @Post(':grantId/tranches/:trancheId/proposal')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse })
  proposeDisbursement(@Param() { grantId, trancheId }: TrancheParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('ProposeDisbursement', { grantId, trancheId }, metadata);
  }

  @Roles(...GRANTS_ROLES.ApproveDisbursement)
  @Post(':grantId/tranches/:trancheId/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Paid: the tranche moves from committed to disbursed on the line' })
  approveDisbursement(@Param() { grantId, trancheId }: TrancheParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('ApproveDisbursement', { grantId, trancheId }, metadata);
  }

  @Roles(...GRANTS_ROLES.RecoverFunds)
  @Post(':grantId/recoveries')
  @ApiCreatedResponse({ type: GrantResponse, description: 'The grant after the recovery; the money is back on the line' })
  recover(@Param() { grantId }: GrantParams, @Body() body: RecoverFundsRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('RecoverFunds', { grantId, recoveryId: randomUUID(), amount: won(body.amountWon), reason: body.reason }, metadata);
  }

  @Roles(...GRANTS_ROLES.CancelGrant)
  @Post(':grantId/cancellation')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Cancelled: what was committed and not paid goes back to the line' })
  cancel(@Param() { grantId }: GrantParams, @Body() body: ReasonRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('CancelGrant', { grantId, reason: body.reason }, metadata);
  }
}
