import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, RuntimeDefinition, RuntimeModule, SERVICE_STARTUP_TASKS, ServiceConfig } from '@yunghap/platform-nest';
import { centerViewProjection } from './centers/center-view.projection';
import { CentersHttpController } from './centers/centers.http.controller';
import { routingViewProjection } from './routing/routing-view.projection';
import { RoutingHttpController } from './routing/routing.http.controller';
import { SeedCentersTask } from './seed/seed-centers.task';

/** The centers service: the seven regional support centers, their staff and the province routing. */
@Module({})
export class CentersModule {
  static register(config: ServiceConfig, runtime: Omit<RuntimeDefinition, 'projections'> = {}): DynamicModule {
    return {
      module: CentersModule,
      imports: [PlatformModule.forService(config), RuntimeModule.forService(config, { ...runtime, projections: [centerViewProjection, routingViewProjection] })],
      controllers: [CentersHttpController, RoutingHttpController],
      providers: [SeedCentersTask, { provide: SERVICE_STARTUP_TASKS, inject: [SeedCentersTask], useFactory: (seed: SeedCentersTask) => [() => seed.run()] }],
    };
  }
}
