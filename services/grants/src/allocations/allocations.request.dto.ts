import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

const ALLOCATION_STATUSES = ['requested', 'approved', 'rejected', 'released'] as const;

export class AllocationsQuery {
  @ApiPropertyOptional({ enum: ALLOCATION_STATUSES }) @IsOptional() @IsIn(ALLOCATION_STATUSES) readonly status?: (typeof ALLOCATION_STATUSES)[number];
}

export class DeclineAllocationRequest {
  @ApiPropertyOptional({ example: 'The consortium already has a mentor funded this year' }) @IsOptional() @IsString() @MaxLength(1000) readonly note?: string;
}
