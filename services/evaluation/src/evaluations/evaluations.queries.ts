import { Inject, Injectable } from '@nestjs/common';
import { EvaluationRequestError } from '@yunghap/evaluation-domain';
import { DomainRefusal, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { EVALUATIONS, EvaluationView } from './evaluation-view.projection';

/** The evaluation read model, as the HTTP side reads it. */
@Injectable()
export class EvaluationViews {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  collection() {
    return EVALUATIONS.in(this.runtime.readModels);
  }

  async existing(applicationId: string): Promise<EvaluationView> {
    const view = await this.collection().findOne({ _id: applicationId });
    if (!view) throw ProblemException.notFound('evaluation', applicationId);
    return view;
  }

  /**
   * An evaluation a command may still change. The domain refuses commands on an evaluation it
   * abandoned on the withdrawal, but it never hears of a withdrawal that came while the evaluation
   * waited or after its close, nor of an opening that raced the withdrawal (the opening read the
   * request before the withdrawal was stored). The read model knows all three, so it is checked here.
   */
  async active(applicationId: string): Promise<EvaluationView> {
    const view = await this.existing(applicationId);
    if (view.status === 'withdrawn') throw new DomainRefusal(EvaluationRequestError.becauseWithdrawn(applicationId));
    return view;
  }
}
