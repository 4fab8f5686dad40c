import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';

const ALLOCATION_STATUSES = ['requested', 'approved', 'rejected', 'released'] as const;

export class AllocationsQuery {
  @ApiPropertyOptional({ enum: ALLOCATION_STATUSES }) @OptionalField() @IsIn(ALLOCATION_STATUSES) readonly status?: (typeof ALLOCATION_STATUSES)[number];
}

export class DeclineAllocationRequest {
  @ApiPropertyOptional({ example: 'The consortium already has a mentor funded this year' }) @OptionalField() @IsString() @MaxLength(1000) readonly note?: string;
}
