import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, RuntimeModule, SERVICE_STARTUP_TASKS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { centerViewProjection } from './centers/center-view.projection';
import { CentersHttpController } from './centers/centers.http.controller';
import { routingViewProjection } from './routing/routing-view.projection';
import { RoutingHttpController } from './routing/routing.http.controller';
import { SeedCentersTask } from './seed/seed-centers.task';

/** The centers service: the seven regional support centers, their staff and the province routing. */
@Module({})
export class CentersModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    return {
      module: CentersModule,
      imports: [PlatformModule.forService(config), RuntimeModule.forService(config, { ...setup, projections: [centerViewProjection, routingViewProjection] })],
      controllers: [CentersHttpController, RoutingHttpController],
      providers: [SeedCentersTask, { provide: SERVICE_STARTUP_TASKS, inject: [SeedCentersTask], useFactory: (seed: SeedCentersTask) => [() => seed.run()] }],
    };
  }
}
