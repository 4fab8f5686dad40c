import { CENTERS_PERSONAL_DATA } from '@yunghap/centers-domain';
import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, RuntimeModule, SERVICE_STARTUP_TASKS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { ApplicantRegistrationHandler } from './applicants/applicant-registration.handler';
import { applicantViewProjection } from './applicants/applicant-view.projection';
import { ApplicantsHttpController } from './applicants/applicants.http.controller';
import { centerViewProjection } from './centers/center-view.projection';
import { CentersHttpController } from './centers/centers.http.controller';
import { PeopleHttpController } from './people/people.http.controller';
import { routingViewProjection } from './routing/routing-view.projection';
import { RoutingHttpController } from './routing/routing.http.controller';
import { SeedCentersTask } from './seed/seed-centers.task';
import { CENTERS_PROBLEM_CATALOGUE } from './shared/problem-catalogue';

/**
 * The centers service: the seven regional support centers, their staff, the province routing, and
 * the people registered as acting for a firm (applicants), confirmed by the firm's center.
 */
@Module({})
export class CentersModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    return {
      module: CentersModule,
      imports: [
        PlatformModule.forService(config, { problemCatalogue: CENTERS_PROBLEM_CATALOGUE }),
        RuntimeModule.forService(config, {
          ...setup,
          projections: [centerViewProjection, routingViewProjection, applicantViewProjection],
          personalData: CENTERS_PERSONAL_DATA,
        }),
      ],
      controllers: [CentersHttpController, RoutingHttpController, ApplicantsHttpController, PeopleHttpController],
      providers: [
        SeedCentersTask,
        ApplicantRegistrationHandler,
        { provide: SERVICE_STARTUP_TASKS, inject: [SeedCentersTask], useFactory: (seed: SeedCentersTask) => [() => seed.run()] },
      ],
    };
  }
}
