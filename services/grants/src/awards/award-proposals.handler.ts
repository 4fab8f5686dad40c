import { Inject, Injectable } from '@nestjs/common';
import { candidateDecider, grantDecider, GrantsStreams, ProposeAward, requestedWonOf } from '@yunghap/grants-domain';
import { foldStream } from '@yunghap/event-store';
import { CommandMetadata, programYearOf, won } from '@yunghap/kernel';
import { CommandExecutor, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { BudgetReader } from '../program/budget.queries';
import { ProposeAwardRequest } from './awards.request.dto';
import { ACTIVE_GRANT_STATUSES, GRANTS } from './grant-view.projection';
import { GRANT_OUTBOX } from './grant.outbox';

/**
 * A program manager selects a passed application for an award. The evaluation result and the
 * requested amount are read from the copies of the other services' facts, never from the client.
 */
@Injectable()
export class AwardProposals {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly commands: CommandExecutor,
    private readonly budget: BudgetReader,
  ) {}

  /** `grantId` comes from the caller, which names the grant's Location before the command runs. */
  async propose(request: ProposeAwardRequest, metadata: CommandMetadata, grantId: string): Promise<string> {
    const year = programYearOf(metadata.now);
    await this.budget.line(year, request.lineId);
    const facts = foldStream(await this.runtime.store.readStream(GrantsStreams.candidate(request.applicationId)), candidateDecider);
    const callId = facts.evaluation?.callId ?? facts.screening?.callId ?? facts.submission?.callId;
    if (callId === undefined) throw ProblemException.notFound('application', request.applicationId);
    const requestedWon = requestedWonOf(facts);
    if (requestedWon === undefined)
      throw new ProblemException(
        409,
        'GRANT.REQUEST_UNKNOWN',
        `신청 금액이 아직 지원 서비스에 도착하지 않았습니다. (The amount requested by ${request.applicationId} has not reached grants yet.)`,
      );
    // Read-model check: two proposals racing for one application would both pass it; finance's approval is the backstop.
    const held = await GRANTS.in(this.runtime.readModels).findOne({ applicationId: request.applicationId, status: { $in: ACTIVE_GRANT_STATUSES } });
    if (held)
      throw new ProblemException(
        409,
        'GRANT.APPLICATION_ALREADY_AWARDED',
        `이 신청은 이미 지원 과제를 받았습니다. (Application ${request.applicationId} already holds grant ${held.grantId}.)`,
      );

    const schedule = request.schedule.map((tranche, index) => ({ trancheId: `t${index + 1}`, dueOn: tranche.dueOn, amount: won(tranche.amountWon) }));
    const command: ProposeAward = {
      type: 'ProposeAward',
      data: {
        grantId,
        year,
        applicationId: request.applicationId,
        callId,
        lineId: request.lineId,
        amount: won(request.amountWon),
        requestedWon,
        evaluationPassed: facts.evaluation?.passed === true,
        schedule,
      },
      metadata,
    };
    await this.commands.execute(GrantsStreams.grant(grantId), command, grantDecider, GRANT_OUTBOX);
    return grantId;
  }
}
