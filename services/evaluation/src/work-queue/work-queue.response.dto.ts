import { ApiProperty } from '@nestjs/swagger';
import { EvaluationSummaryResponse, SheetProgressResponse } from '../evaluations/evaluation.response.dto';

export class WorkQueueItemResponse extends EvaluationSummaryResponse {
  @ApiProperty({ type: SheetProgressResponse, description: "How far the caller's own sheet is" }) readonly mySheet!: SheetProgressResponse;
}
