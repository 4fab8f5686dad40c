import { Inject, Injectable } from '@nestjs/common';
import { DomainRefusal, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { EvaluationRequestError } from './evaluation-request.errors';
import { EvaluationView } from './evaluation-view.projection';

/** The evaluation read model, as the HTTP side reads it. */
@Injectable()
export class EvaluationViews {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  collection() {
    return this.runtime.readModels.collection<EvaluationView>('evaluations');
  }

  async existing(applicationId: string): Promise<EvaluationView> {
    const view = await this.collection().findOne({ _id: applicationId });
    if (!view) throw ProblemException.notFound('evaluation', applicationId);
    return view;
  }

  /**
   * An evaluation a command may still change. The domain has no withdrawal, so it is checked
   * here: a withdrawn application's sheets and result would mean nothing.
   */
  async active(applicationId: string): Promise<EvaluationView> {
    const view = await this.existing(applicationId);
    if (view.status === 'withdrawn') throw new DomainRefusal(EvaluationRequestError.becauseWithdrawn(applicationId));
    return view;
  }
}
