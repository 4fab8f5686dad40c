import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { IsExternalId, IsLineId } from '../shared/request-rules';

export class WhatIfQuery {
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsLineId() readonly lineId!: string;
  @ApiPropertyOptional({ example: 20, description: 'Cut every request by this percentage (0 = as requested)', default: 0 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  readonly reducePercent?: number;
}

export class CallParams {
  @ApiProperty({ example: 'call-2026-it', description: 'As the applications service issued it' }) @IsExternalId() readonly callId!: string;
}
