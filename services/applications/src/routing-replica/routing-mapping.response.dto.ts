import { ApiProperty } from '@nestjs/swagger';
import { PROVINCES } from '@yunghap/kernel';
import { MappingInForce } from './mapping-in-force';

/** The province → center mapping in force at an instant, as this service has heard of it. */
export class RoutingMappingResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'The latest mapping version in force then' }) readonly mappingVersion!: number;
  @ApiProperty({ example: '2026-01-02T09:00:00+09:00', description: 'When that version took effect, as the centers service announced it' })
  readonly effectiveAt!: string;

  @ApiProperty({
    type: 'object',
    description: 'Center id per province (시·도); a province no change has reached yet is left out',
    properties: Object.fromEntries(PROVINCES.map((province) => [province, { type: 'string', example: 'jungbu' }])),
    additionalProperties: false,
    example: { 대전: 'jungbu', 제주: 'honam' },
  })
  readonly provinces!: MappingInForce['provinces'];
}

export function routingMappingOf({ mappingVersion, effectiveAt, provinces }: MappingInForce): RoutingMappingResponse {
  return { mappingVersion, effectiveAt, provinces };
}
