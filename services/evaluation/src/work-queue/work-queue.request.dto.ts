import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';

export const WORK_QUEUE_STATUSES = ['open', 'completed'] as const;

export class WorkQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WORK_QUEUE_STATUSES, description: 'Both when omitted' })
  @OptionalField()
  @IsIn(WORK_QUEUE_STATUSES)
  readonly status?: (typeof WORK_QUEUE_STATUSES)[number];
}
