import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GrantCommand, GRANTS_ROLES, GrantsStreams } from '@yunghap/grants-domain';
import { CommandMetadata, won } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, mapPage, ProblemException, readPage, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { randomUUID } from 'node:crypto';
import { decideWithApplicationHold } from './application-hold';
import { AwardProposals } from './award-proposals.handler';
import {
  GrantParams,
  GrantsQuery,
  ProposeAwardRequest,
  ProposeRecoveryRequest,
  ReasonRequest,
  RecordAgreementRequest,
  RecoveryParams,
  TrancheParams,
  YearPartParams,
} from './awards.request.dto';
import { ApiProblemResponse } from '../shared/api-problem';
import { grantNextSteps } from './grant-next-steps';
import { NextStepsResponse } from './grant-next-steps.response.dto';
import { GRANTS } from './grant-view.projection';
import { GrantPageResponse, GrantResponse, grantResponse } from './grant.response.dto';

type GrantCommandData<T extends GrantCommand['type']> = Extract<GrantCommand, { type: T }>['data'];

/**
 * Grant awards under four-eyes: a program manager proposes, another person with the finance role
 * approves; then tranches are proposed and approved the same way, recoveries too, and grants cancelled.
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

  @Roles(...GRANTS_ROLES.readGrants)
  @Get(':grantId/next-steps')
  @ApiOkResponse({ type: NextStepsResponse })
  async nextSteps(@Param() { grantId }: GrantParams, @CommandMeta() metadata: CommandMetadata): Promise<NextStepsResponse> {
    const grant = await this.grants().findOne({ _id: grantId });
    if (!grant) throw ProblemException.notFound('grant', grantId);
    return { steps: grantNextSteps(grant, metadata) };
  }

  @Roles(...GRANTS_ROLES.ApproveLineException)
  @Post(':grantId/line-exception/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'The line exception approved by a second program manager: finance may now approve the award' })
  approveLineException(@Param() { grantId }: GrantParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('ApproveLineException', { grantId }, metadata);
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

  @Roles(...GRANTS_ROLES.RecordAgreement)
  @Post(':grantId/agreement')
  @ApiCreatedResponse({ type: GrantResponse, description: 'The agreement (협약) recorded on the awarded grant: its tranches may now be proposed for payment' })
  recordAgreement(@Param() { grantId }: GrantParams, @Body() body: RecordAgreementRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    const { agreementNumber, startsOn, endsOn, signedOn } = body;
    return this.decide('RecordAgreement', { grantId, agreementNumber, startsOn, endsOn, signedOn }, metadata);
  }

  /** Normally done by the platform when it opens the year's program; finance commits a part whose commitment was refused then (say, the line was short). */
  @Roles(...GRANTS_ROLES.CommitYearPart)
  @Post(':grantId/years/:year/commit')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'The year’s planned part committed on that year’s line' })
  @ApiProblemResponse(404, '그 해의 연차 지원금이 없음, 또는 그 해의 라인이 열리지 않음 (GRANT.NO_YEAR_PART, LINE.NOT_OPENED)')
  @ApiProblemResponse(409, '지원 확정 전이거나 이미 약정됨 (GRANT.NOT_AWARDED, GRANT.YEAR_PART_ALREADY_COMMITTED)')
  @ApiProblemResponse(422, '그 해의 라인 잔액 부족 (LINE.INSUFFICIENT_FUNDS): the part stays planned')
  commitYearPart(@Param() { grantId, year }: YearPartParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('CommitYearPart', { grantId, year: Number(year) }, metadata);
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

  @Roles(...GRANTS_ROLES.ProposeRecovery)
  @Post(':grantId/recoveries')
  @ApiCreatedResponse({
    type: GrantResponse,
    description: 'The grant with the recovery proposed, the last of its recoveries; no money moves until another finance officer approves it',
  })
  proposeRecovery(@Param() { grantId }: GrantParams, @Body() body: ProposeRecoveryRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    const { amountWon, reason, year } = body;
    return this.decide('ProposeRecovery', { grantId, recoveryId: randomUUID(), amount: won(amountWon), reason, ...(year !== undefined && { year }) }, metadata);
  }

  @Roles(...GRANTS_ROLES.ApproveRecovery)
  @Post(':grantId/recoveries/:recoveryId/approval')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Recovered: the money is back on the line as available' })
  approveRecovery(@Param() { grantId, recoveryId }: RecoveryParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('ApproveRecovery', { grantId, recoveryId }, metadata);
  }

  @Roles(...GRANTS_ROLES.WithdrawRecovery)
  @Post(':grantId/recoveries/:recoveryId/withdrawal')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Withdrawn by its proposer; nothing was recovered' })
  withdrawRecovery(@Param() { grantId, recoveryId }: RecoveryParams, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('WithdrawRecovery', { grantId, recoveryId }, metadata);
  }

  @Roles(...GRANTS_ROLES.RejectRecovery)
  @Post(':grantId/recoveries/:recoveryId/rejection')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Rejected by finance with a reason; nothing was recovered' })
  rejectRecovery(
    @Param() { grantId, recoveryId }: RecoveryParams,
    @Body() body: ReasonRequest,
    @CommandMeta() metadata: CommandMetadata,
  ): Promise<GrantResponse> {
    return this.decide('RejectRecovery', { grantId, recoveryId, reason: body.reason }, metadata);
  }

  @Roles(...GRANTS_ROLES.CancelGrant)
  @Post(':grantId/cancellation')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantResponse, description: 'Cancelled: what was committed and not paid goes back to the line' })
  cancel(@Param() { grantId }: GrantParams, @Body() body: ReasonRequest, @CommandMeta() metadata: CommandMetadata): Promise<GrantResponse> {
    return this.decide('CancelGrant', { grantId, reason: body.reason }, metadata);
  }
}
