import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { EvaluationSummaryResponse, SheetProgressResponse } from '../evaluations/evaluation.response.dto';

export class WorkQueueItemResponse extends EvaluationSummaryResponse {
  @ApiProperty({ type: String, nullable: true, example: '2026년 IT융합 공고', description: "The call's title as opened; null when only its close was heard" })
  readonly callTitle!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "When the committee's sheets are due; null until a program manager sets it" })
  readonly scoresDueAt!: string | null;

  @ApiProperty({ type: SheetProgressResponse, description: "How far the caller's own sheet is" }) readonly mySheet!: SheetProgressResponse;
}

export class WorkQueuePageResponse extends PageResponse(WorkQueueItemResponse, 'By opening time, then application id') {}
