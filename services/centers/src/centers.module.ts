import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@yunghap/platform-nest';

@Module({})
export class CentersModule {
  static register(config: ServiceConfig): DynamicModule {
    return { module: CentersModule, imports: [PlatformModule.forService(config)] };
  }
}
