import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { APPLICATIONS } from '../applications/application-view.projection';
import { ApplicationRouter } from './application-router';

/**
 * Submission and routing are two appends (the submission is the applicant's act, the routing the
 * platform's), so a crash between them leaves an application submitted without a center. At start
 * this routes every such application, by the mapping in force when it was submitted.
 */
@Injectable()
export class RoutePendingApplicationsTask {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly router: ApplicationRouter,
  ) {}

  async run(): Promise<void> {
    const pending = await APPLICATIONS.in(this.runtime.readModels).find({ status: 'submitted' });
    for (const application of pending) {
      const routed = await this.router.routeIfSubmitted(application);
      if (!routed)
        this.runtime.logger
          .child({ context: RoutePendingApplicationsTask.name })
          .warn({ applicationId: application.applicationId }, 'submitted application left unrouted: no province mapping covers it yet');
    }
  }
}
