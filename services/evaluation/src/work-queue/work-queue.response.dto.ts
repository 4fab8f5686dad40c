import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { EvaluationSummaryResponse, SheetProgressResponse } from '../evaluations/evaluation.response.dto';

export class WorkQueueItemResponse extends EvaluationSummaryResponse {
  @ApiProperty({ type: SheetProgressResponse, description: "How far the caller's own sheet is" }) readonly mySheet!: SheetProgressResponse;
}

export class WorkQueuePageResponse extends PageResponse(WorkQueueItemResponse, 'By opening time, then application id') {}
