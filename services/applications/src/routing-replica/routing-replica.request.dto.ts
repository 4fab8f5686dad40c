import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@yunghap/platform-nest';
import { IsRfc3339Instant } from '../shared/request-validators';

export class MappingAtQuery {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-10T10:00:00+09:00', description: 'RFC 3339, with seconds and an offset; default: now' })
  @OptionalField()
  @IsRfc3339Instant()
  readonly at?: string;
}
