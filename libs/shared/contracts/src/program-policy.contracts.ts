import { IsInt, IsISO8601, Max, Min } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';
import { IsWon } from './validators';

/**
 * The most one project may be granted in a program year (₩500,000,000 in DOMAIN.md), as the grants
 * service — its one owner — set it: when the year's program is opened and whenever a program
 * manager changes it. Other services keep a replica and screen with it. Keyed by the year.
 */
export class ProjectCapSetPayload {
  @IsInt() @Min(2000) @Max(9999) readonly year!: number;
  @IsWon() @Min(1) readonly maxGrantPerProject!: number;
  @IsISO8601() readonly setAt!: string;
}

export const ProjectCapSetV1: ContractDefinition<ProjectCapSetPayload> = {
  type: 'grants.ProjectCapSet',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: ProjectCapSetPayload,
};
