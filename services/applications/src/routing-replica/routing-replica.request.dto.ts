import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';

export class MappingAtQuery {
  @ApiPropertyOptional({ example: '2026-03-10T10:00:00+09:00', description: 'Default: now' }) @OptionalField() @IsISO8601({ strict: true }) readonly at?: string;
}
