import { Inject, Injectable } from '@nestjs/common';
import { callFactsOf, ScreeningFacts } from '@yunghap/applications-domain';
import { programYearOf } from '@yunghap/kernel';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ACTIVE_STATUSES } from '../applications/application-statuses';
import { APPLICATIONS, ApplicationView } from '../applications/application-view.projection';
import { CALLS } from '../calls/call-view.projection';
import { ProgramLimitReader } from '../program-policy-replica/program-limit.queries';
import { FIRM_APPLICATIONS } from './firm-applications.projection';

/**
 * What screening needs from outside the application's stream, gathered from the read models: the
 * call's terms as they stand, which of its firms are in another active application of the call,
 * and the grants context's cap for the call's program year. The domain's `screen` then decides on
 * these facts alone.
 */
@Injectable()
export class ScreeningFactsReader {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly limits: ProgramLimitReader,
  ) {}

  async factsFor(application: ApplicationView): Promise<ScreeningFacts> {
    const { readModels } = this.runtime;
    const call = await CALLS.in(readModels).findOne({ _id: application.callId });
    // Drafting requires an opened call, and calls are never deleted.
    if (!call) throw new Error(`call ${application.callId} of application ${application.applicationId} is missing from the read model`);
    return {
      call: callFactsOf(call),
      programLimit: await this.limits.limitFor(programYearOf(call.opensAt), 'opensAt'),
      firmsInOtherActiveApplications: await this.firmsTakenElsewhere(application),
    };
  }

  /** Only lookups by _id: the firms' lists of applications, then those applications as they stand. */
  private async firmsTakenElsewhere(application: ApplicationView): Promise<string[]> {
    const { readModels } = this.runtime;
    const members = new Set(application.memberRegistrationNumbers);
    const listed = await FIRM_APPLICATIONS.in(readModels).findByIds([...members]);
    const candidates = new Set(listed.flatMap((firm) => firm.applicationIds));
    candidates.delete(application.applicationId);
    const others = await APPLICATIONS.in(readModels).findByIds([...candidates]);
    const active = others.filter((other) => other.callId === application.callId && ACTIVE_STATUSES.includes(other.status));
    return [...new Set(active.flatMap((other) => other.memberRegistrationNumbers.filter((firm) => members.has(firm))))];
  }
}
