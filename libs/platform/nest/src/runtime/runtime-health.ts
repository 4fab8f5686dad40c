import { HealthIndicatorResult } from '@nestjs/terminus';
import type { ServiceRuntime } from './service-runtime';

/** Up while the event store answers and no projection has stopped on an error; reports lag. */
export async function runtimeHealth(runtime: ServiceRuntime): Promise<HealthIndicatorResult> {
  try {
    const { head, projections } = await runtime.status();
    const failed = projections.filter((p) => p.state === 'failed').map((p) => p.projection);
    const lag = Object.fromEntries(projections.map((p) => [p.projection, p.lag]));
    return { runtime: { status: failed.length === 0 ? 'up' : 'down', head, lag, ...(failed.length ? { failed } : {}) } };
  } catch (error) {
    return { runtime: { status: 'down', error: (error as Error).message } };
  }
}
