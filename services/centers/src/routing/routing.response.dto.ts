import { ApiProperty } from '@nestjs/swagger';
import { seedRoutingSetup } from '@yunghap/centers-domain';
import { Province, PROVINCES } from '@yunghap/kernel';
import { CENTER_ID_PATTERN } from '../shared/center-id.rule';

const CENTER_ID = { type: 'string', pattern: CENTER_ID_PATTERN.source } as const;

/** The province → center mapping from `effectiveAt` on. */
export class ProvinceMappingResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: '1 for the initial mapping, one more for every reassignment' })
  readonly mappingVersion!: number;
  @ApiProperty({ format: 'date-time', example: '2026-04-01T00:00:00.000Z' }) readonly effectiveAt!: string;
  @ApiProperty({
    type: 'object',
    description: 'Every one of the 17 provinces (short names) → the id of the center serving it',
    properties: Object.fromEntries(PROVINCES.map((province) => [province, CENTER_ID])),
    required: [...PROVINCES],
    selfRequired: true,
    additionalProperties: false,
    example: seedRoutingSetup().provinces,
  })
  readonly provinces!: Readonly<Record<Province, string>>;
}

/** One entry of the routing's history: the initial mapping (province null) or one reassignment. */
export class RoutingChangeResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 }) readonly mappingVersion!: number;
  @ApiProperty({ format: 'date-time', example: '2026-04-01T00:00:00.000Z' }) readonly effectiveAt!: string;
  @ApiProperty({ type: 'string', enum: [...PROVINCES, null], nullable: true, example: '제주', description: 'null for the initial mapping' })
  readonly province!: Province | null;
  @ApiProperty({ ...CENTER_ID, nullable: true, example: 'honam', description: 'null for the initial mapping' }) readonly fromCenterId!: string | null;
  @ApiProperty({ ...CENTER_ID, nullable: true, example: 'jungbu', description: 'null for the initial mapping' }) readonly toCenterId!: string | null;
  @ApiProperty({ example: '제주 applications move to the 중부권 center from April', description: '"initial mapping" for the first entry' })
  readonly reason!: string;
  @ApiProperty({ example: 'pm-park', description: 'User id of who changed it (yunghap for the platform)' }) readonly changedBy!: string;
}

/** The mapping in force now and every change that led to it, oldest first. */
export class RoutingResponse extends ProvinceMappingResponse {
  @ApiProperty({ type: [RoutingChangeResponse] }) readonly changes!: readonly RoutingChangeResponse[];
}
