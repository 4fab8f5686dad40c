import { Inject, Injectable } from '@nestjs/common';
import { awardRecipientOf, callLineDecider, candidateDecider, GrantError, GrantsStreams, ProposeAward, requestedWonOf } from '@yunghap/grants-domain';
import { foldStream } from '@yunghap/event-store';
import { CommandMetadata, programYearOf, won } from '@yunghap/kernel';
import { CommandExecutor, DomainRefusal, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { BudgetReader } from '../program/budget.queries';
import { ProposeAwardRequest } from './awards.request.dto';
import { decideWithApplicationHold } from './application-hold';
import { ACTIVE_GRANT_STATUSES, GRANTS } from './grant-view.projection';

/**
 * A program manager selects a passed application for an award. The evaluation result, the
 * requested amount and the call's budget line are read from the copies of the other services'
 * facts, never from the client; the line is the call's unless the request makes an exception, and
 * the recipient is the consortium the submission named.
 * The application's one active grant is checked on its stream, in the proposal's transaction
 * (`decideWithApplicationHold`), so racing proposals cannot both pass.
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
    const facts = foldStream(await this.runtime.store.readStream(GrantsStreams.candidate(request.applicationId)), candidateDecider);
    const callId = facts.evaluation?.callId ?? facts.screening?.callId ?? facts.submission?.callId;
    if (callId === undefined) throw ProblemException.notFound('application', request.applicationId);
    const callLineId = foldStream(await this.runtime.store.readStream(GrantsStreams.call(callId)), callLineDecider).lineId;
    if (callLineId === undefined)
      throw new ProblemException(
        409,
        'GRANT.CALL_UNKNOWN',
        `공고 ${callId}의 개시 정보가 아직 지원 서비스에 도착하지 않았습니다. (The opening of call ${callId}, which names its budget line, has not reached grants yet.)`,
      );
    const lineId = request.lineId ?? callLineId;
    await this.budget.line(year, lineId);
    const { maxGrantPerProject: projectCap } = await this.budget.program(year);
    const requestedWon = requestedWonOf(facts);
    if (requestedWon === undefined)
      throw new ProblemException(
        409,
        'GRANT.REQUEST_UNKNOWN',
        `신청 금액이 아직 지원 서비스에 도착하지 않았습니다. (The amount requested by ${request.applicationId} has not reached grants yet.)`,
      );
    // A fast path, and the guard for grants proposed before the application's stream recorded
    // which grant holds it; the rule itself is decided on that stream (`decideWithApplicationHold`).
    const held = await GRANTS.in(this.runtime.readModels).findOne({ applicationId: request.applicationId, status: { $in: ACTIVE_GRANT_STATUSES } });
    if (held) throw new DomainRefusal(GrantError.becauseApplicationHasActiveGrant(request.applicationId, held.grantId));

    const recipient = awardRecipientOf(facts);
    const schedule = request.schedule.map((tranche, index) => ({ trancheId: `t${index + 1}`, dueOn: tranche.dueOn, amount: won(tranche.amountWon) }));
    const command: ProposeAward = {
      type: 'ProposeAward',
      data: {
        grantId,
        year,
        applicationId: request.applicationId,
        callId,
        lineId,
        callLineId,
        ...(request.lineException && { lineException: { reason: request.lineException.reason } }),
        amount: won(request.amountWon),
        requestedWon,
        projectCap,
        evaluationPassed: facts.evaluation?.passed === true,
        schedule,
        ...(recipient && { recipient }),
      },
      metadata,
    };
    await this.commands.executeInTransaction(GrantsStreams.grant(grantId), command, (session) =>
      decideWithApplicationHold(session, request.applicationId, command),
    );
    return grantId;
  }
}
