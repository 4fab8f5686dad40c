import { IsInt, IsISO8601, IsOptional, IsString, Min } from 'class-validator';
import { ContractDefinition } from './contract';
import { IsProvince } from './identifier.validators';
import { TOPICS } from './topics';

/** The province → center mapping changed (or was first set: `fromCenterId` absent). */
export class ProvinceRoutingChangedPayload {
  @IsProvince() readonly province!: string;
  @IsOptional() @IsString() readonly fromCenterId?: string;
  @IsString() readonly toCenterId!: string;
  @IsInt() @Min(1) readonly mappingVersion!: number;
  @IsISO8601() readonly effectiveAt!: string;
}

export const ProvinceRoutingChangedV1: ContractDefinition<ProvinceRoutingChangedPayload> = {
  type: 'centers.ProvinceRoutingChanged',
  schemaVersion: 1,
  topic: TOPICS.centers,
  payload: ProvinceRoutingChangedPayload,
};
