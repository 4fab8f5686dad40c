import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { IsExternalId, IsFreeText } from '../shared/request-rules';
import { ALLOCATION_STATUSES } from './allocation.response.dto';

export class AllocationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALLOCATION_STATUSES, enumName: 'AllocationStatus' })
  @OptionalField()
  @IsIn(ALLOCATION_STATUSES)
  readonly status?: (typeof ALLOCATION_STATUSES)[number];
}

export class DeclineAllocationRequest {
  @ApiPropertyOptional({ example: 'The consortium already has a mentor funded this year' })
  @OptionalField()
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  readonly note?: string;
}

export class AllocationParams {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', description: 'As the mentoring service issued it' })
  @IsExternalId()
  readonly allocationId!: string;
}
