import { Inject, Injectable } from '@nestjs/common';
import { callFactsOf, ScreeningFacts } from '@yunghap/applications-domain';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ACTIVE_STATUSES } from '../applications/application-statuses';
import { APPLICATIONS_COLLECTION, ApplicationView } from '../applications/application-view.projection';
import { CALLS_COLLECTION, CallView } from '../calls/call-view.projection';

/**
 * What screening needs from outside the application's stream, gathered from the read models: the
 * call's terms as they stand, and the firms of the call's other active applications. The domain's
 * `screen` then decides on these facts alone.
 */
@Injectable()
export class ScreeningFactsReader {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async factsFor(application: ApplicationView): Promise<ScreeningFacts> {
    const { readModels } = this.runtime;
    const call = await readModels.collection<CallView>(CALLS_COLLECTION).findOne({ _id: application.callId });
    // Drafting requires an opened call, and calls are never deleted.
    if (!call) throw new Error(`call ${application.callId} of application ${application.applicationId} is missing from the read model`);
    const others = await readModels
      .collection<ApplicationView>(APPLICATIONS_COLLECTION)
      .find({ callId: application.callId, _id: { $ne: application.applicationId }, status: { $in: ACTIVE_STATUSES } }, { projection: { memberRegistrationNumbers: 1 } });
    return {
      call: callFactsOf(call),
      firmsInOtherActiveApplications: [...new Set(others.flatMap((other) => other.memberRegistrationNumbers ?? []))],
    };
  }
}
