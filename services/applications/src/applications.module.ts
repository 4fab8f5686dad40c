import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@yunghap/platform-nest';

@Module({})
export class ApplicationsModule {
  static register(config: ServiceConfig): DynamicModule {
    return { module: ApplicationsModule, imports: [PlatformModule.forService(config)] };
  }
}
