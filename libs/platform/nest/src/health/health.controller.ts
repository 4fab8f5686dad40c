import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { TIMED_OUT, withinDeadline } from '@yunghap/event-store';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { SERVICE_CONFIG } from '../bootstrap/platform.di-tokens';
import type { ServiceConfig } from '../config/service-config';
import { HEALTH_PROBES } from './health.di-tokens';
import { HealthCheck, HealthCheckResponse, HealthProbe, HealthResponse, overallStatus } from './health-report';

/** A probe that does not answer within this bound counts as down: /health itself never hangs. */
const PROBE_TIMEOUT_MS = 2_000;
const RETRY_AFTER_SECONDS = 5;

async function bounded(probe: HealthProbe, index: number): Promise<Readonly<Record<string, HealthCheck>>> {
  const name = `probe${index + 1}`;
  const outcome = await withinDeadline(
    probe().catch((error: unknown) => ({ [name]: { status: 'down' as const, detail: String((error as Error)?.message ?? error) } })),
    PROBE_TIMEOUT_MS,
  );
  return outcome === TIMED_OUT
    ? { [name]: { status: 'down', detail: `${PROBE_TIMEOUT_MS} ms 안에 응답 없음 (no answer within ${PROBE_TIMEOUT_MS} ms)` } }
    : outcome;
}

@Controller('health')
@ApiExtraModels(HealthCheckResponse)
export class HealthController {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Optional() @Inject(HEALTH_PROBES) private readonly probes: HealthProbe[] = [],
  ) {}

  /** The same body whatever the answer: on 503 it says which dependency is down and why. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'ok 또는 degraded (ok or degraded)' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'starting 또는 down: checks에 이유 (starting or down; checks say why)' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const results = await Promise.all(this.probes.map(bounded));
    const checks = Object.assign({}, ...results) as Record<string, HealthCheck>;
    const status = overallStatus(Object.values(checks));
    if (status === 'starting' || status === 'down') response.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS));
    return { status, service: this.config.service, checks };
  }
}
