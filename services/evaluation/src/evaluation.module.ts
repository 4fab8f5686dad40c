import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@yunghap/platform-nest';

@Module({})
export class EvaluationModule {
  static register(config: ServiceConfig): DynamicModule {
    return { module: EvaluationModule, imports: [PlatformModule.forService(config)] };
  }
}
