import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ServiceConfig } from '../config/service-config';
import { HealthModule } from '../health/health.module';
import { SERVICE_CONFIG } from './platform.di-tokens';

/** What every service gets: its typed config, structured logs and `GET /health`. */
@Module({})
export class PlatformModule {
  static forService(config: ServiceConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            base: { service: config.service },
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        HealthModule,
      ],
      providers: [{ provide: SERVICE_CONFIG, useValue: config }],
      exports: [SERVICE_CONFIG],
    };
  }
}
