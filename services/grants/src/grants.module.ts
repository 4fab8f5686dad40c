import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceConfig } from '@yunghap/platform-nest';

@Module({})
export class GrantsModule {
  static register(config: ServiceConfig): DynamicModule {
    return { module: GrantsModule, imports: [PlatformModule.forService(config)] };
  }
}
