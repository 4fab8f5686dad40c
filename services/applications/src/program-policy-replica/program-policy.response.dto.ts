import { ApiProperty } from '@nestjs/swagger';
import { ProjectCap } from '@yunghap/applications-domain';

export class ProjectCapResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) readonly year!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 500_000_000, description: 'The most one project may be granted that year, whole won' })
  readonly maxGrantPerProject!: number;
  @ApiProperty({ format: 'date-time', description: 'When the grants service set it' }) readonly setAt!: string;
}

/** The grants context's cap per project for every program year this service has heard of. */
export class ProgramPolicyResponse {
  @ApiProperty({ type: [ProjectCapResponse], description: 'By year, earliest first; empty until grants has published any' })
  readonly caps!: readonly ProjectCapResponse[];
}

export function programPolicyOf(caps: readonly ProjectCap[]): ProgramPolicyResponse {
  return { caps: [...caps].sort((a, b) => a.year - b.year).map(({ year, maxGrantPerProject, setAt }) => ({ year, maxGrantPerProject, setAt })) };
}
