import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_RUNTIME, ServiceRuntime, systemMetadata } from '@yunghap/platform-nest';
import { openEvaluation } from './evaluation-opening';
import { EVALUATIONS } from './evaluation-view.projection';

/**
 * Opens the evaluations still waiting for a committee once one may serve them: after a committee
 * is formed or staffed, after a rubric changes the quorum, and at start (which retries anything a
 * crash interrupted). The platform opens them, in the cause's correlation. A refusal leaves the
 * application waiting, and a failure is logged and retried at the next trigger: the committee
 * change that prompted the attempt has happened either way.
 */
@Injectable()
export class PendingEvaluations {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  private get logger() {
    return this.runtime.logger.child({ context: PendingEvaluations.name });
  }

  async openPending(filter: { readonly callId?: string }, correlationId?: string): Promise<void> {
    // Requests the consumer has just stored must be in the read model to be found.
    await this.runtime.caughtUp(await this.runtime.store.headPosition());
    const waiting = await EVALUATIONS.in(this.runtime.readModels).find({ ...filter, status: 'pending' }, { sort: { requestedAt: 1, _id: 1 } });
    let lastPosition: number | null = null;
    for (const { _id: applicationId } of waiting) {
      try {
        const result = await openEvaluation(this.runtime.store, applicationId, systemMetadata(correlationId));
        if (result.ok) lastPosition = result.lastPosition ?? lastPosition;
        else this.logger.info({ applicationId, code: result.error.code }, 'waiting evaluation not opened');
      } catch (error) {
        this.logger.warn({ applicationId, err: error }, 'could not open a waiting evaluation; retried at the next trigger');
      }
    }
    if (lastPosition !== null) await this.runtime.caughtUp(lastPosition);
  }
}
