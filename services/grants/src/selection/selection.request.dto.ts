import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';

export class WhatIfQuery {
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly lineId!: string;
  @ApiPropertyOptional({ example: 20, description: 'Cut every request by this percentage (0 = as requested)', default: 0 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  readonly reducePercent?: number;
}
