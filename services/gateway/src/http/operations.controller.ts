import { Controller, Get, Header, Res } from '@nestjs/common';
import { HttpMetrics } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { SignInSetup } from '../oidc/sign-in-setup';

/** `/health` (ready once sign-in works) and `/metrics`, as the services answer them. */
@Controller()
export class OperationsController {
  constructor(
    private readonly signIn: SignInSetup,
    private readonly metrics: HttpMetrics,
  ) {}

  @Get('health')
  health(@Res({ passthrough: true }) response: Response) {
    const ready = this.signIn.ready();
    if (!ready) response.status(503).set('Retry-After', '1');
    return { status: ready ? 'ok' : 'starting', service: 'gateway', checks: {} };
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
