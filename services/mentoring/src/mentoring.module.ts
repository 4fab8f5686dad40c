import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@yunghap/platform-nest';

@Module({})
export class MentoringModule {
  static register(config: ServiceConfig): DynamicModule {
    return { module: MentoringModule, imports: [PlatformModule.forService(config)] };
  }
}
