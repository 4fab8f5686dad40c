import { Inject, Injectable } from '@nestjs/common';
import {
  committeeDecider,
  CommitteeState,
  committeeStreamId,
  evaluationDecider,
  evaluationStreamId,
  isRecorded,
  recusalsFor,
  RecuseMember,
} from '@yunghap/evaluation-domain';
import { foldStream, handleCommand } from '@yunghap/event-store';
import { SERVICE_RUNTIME, ServiceRuntime, systemMetadata } from '@yunghap/platform-nest';
import { EVALUATION_OUTBOX } from './evaluation.outbox';
import { EVALUATIONS } from './evaluation-view.projection';

/**
 * Recuses members from the open evaluations of their committee on the ties they declared after
 * the opening (those declared before were recused by the opening itself). It runs after each
 * declaration, for that committee, and at start, for every committee. The grounds are derived
 * afresh from the committee streams each time and the domain records a ground once, so a run
 * interrupted by a crash or a failed append is completed by the next one, and a rerun adds nothing.
 */
@Injectable()
export class LateRecusals {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  private get logger() {
    return this.runtime.logger.child({ context: LateRecusals.name });
  }

  async recuse(filter: { readonly committeeId?: string }, correlationId?: string): Promise<void> {
    // The declaration just stored, and every opening before it, must be in the read model.
    await this.runtime.caughtUp(await this.runtime.store.headPosition());
    const open = await EVALUATIONS.in(this.runtime.readModels).find({ ...filter, status: 'open' }, { sort: { openedAt: 1, _id: 1 } });
    const committees = new Map<string, CommitteeState>();
    let lastPosition: number | null = null;
    for (const { _id: applicationId, record } of open) {
      // The view's status says so already; this narrows the record's type.
      if (record.status !== 'open') continue;
      try {
        const committee = committees.get(record.committeeId) ?? (await this.committee(record.committeeId));
        committees.set(record.committeeId, committee);
        // Every declaration, a former member's too: the evaluation's members are those of its opening.
        const relationships = committee.status === 'formed' ? committee.relationships : [];
        const grounds = recusalsFor({ members: record.members, relationships }, record.firms).filter((ground) => !isRecorded(record.recusals, ground));
        for (const ground of grounds) {
          const command: RecuseMember = { type: 'RecuseMember', data: { applicationId, ...ground }, metadata: systemMetadata(correlationId) };
          const result = await handleCommand(this.runtime.store, evaluationStreamId(applicationId), command, evaluationDecider, EVALUATION_OUTBOX);
          if (result.ok) lastPosition = result.lastPosition ?? lastPosition;
          // Closed or abandoned since the read: nobody scores it any more.
          else this.logger.info({ applicationId, code: result.error.code }, 'late recusal not recorded');
        }
      } catch (error) {
        this.logger.warn({ applicationId, err: error }, 'could not record a late recusal; retried at the next declaration or start');
      }
    }
    if (lastPosition !== null) await this.runtime.caughtUp(lastPosition);
  }

  private async committee(committeeId: string): Promise<CommitteeState> {
    return foldStream(await this.runtime.store.readStream(committeeStreamId(committeeId)), committeeDecider);
  }
}
