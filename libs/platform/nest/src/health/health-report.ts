import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * From best to worst. `degraded` still serves (e.g. messages parked on a dead-letter topic, a
 * projection retrying while commands go on); `starting` and `down` answer 503.
 */
export const HEALTH_STATUSES = ['ok', 'degraded', 'starting', 'down'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** One dependency or component: its status, why in words when not ok, and its figures. */
export interface HealthCheck {
  readonly status: HealthStatus;
  readonly detail?: string;
  readonly [figure: string]: unknown;
}

/** Gives the checks of one part of the service, keyed by name (`eventStore`, `projection:grants-view`…). */
export type HealthProbe = () => Promise<Readonly<Record<string, HealthCheck>>>;

/** The worst status among `checks`; ok when there are none. */
export function overallStatus(checks: readonly HealthCheck[]): HealthStatus {
  return checks.reduce<HealthStatus>((worst, check) => (HEALTH_STATUSES.indexOf(check.status) > HEALTH_STATUSES.indexOf(worst) ? check.status : worst), 'ok');
}

export class HealthCheckResponse {
  @ApiProperty({ enum: HEALTH_STATUSES })
  readonly status!: HealthStatus;

  @ApiPropertyOptional({ description: '정상이 아닐 때의 이유 (why, when not ok)' })
  readonly detail?: string;
}

export class HealthResponse {
  @ApiProperty({ enum: HEALTH_STATUSES, description: 'ok·degraded는 200, starting·down은 503 (ok and degraded answer 200; starting and down 503)' })
  readonly status!: HealthStatus;

  @ApiProperty({ example: 'grants' })
  readonly service!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/HealthCheckResponse' },
    description: '의존성·구성 요소별 상태와 수치 (each dependency and component with its figures)',
  })
  readonly checks!: Record<string, HealthCheckResponse>;
}
