import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction } from '@nestjs/terminus';
import { Public } from '../auth/roles.decorator';
import { HEALTH_INDICATORS } from './health.di-tokens';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Optional() @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicatorFunction[] = [],
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check(this.indicators);
  }
}
