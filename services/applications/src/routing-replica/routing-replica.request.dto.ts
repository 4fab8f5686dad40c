import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class MappingAtQuery {
  @ApiPropertyOptional({ example: '2026-03-10T10:00:00+09:00', description: 'Default: now' }) @IsOptional() @IsISO8601({ strict: true }) readonly at?: string;
}
