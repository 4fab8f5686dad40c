import { ApiProperty } from '@nestjs/swagger';
import { EvaluationResultResponse } from '../evaluations/evaluation-result.response.dto';

export class RankedEvaluationResponse extends EvaluationResultResponse {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Place in the whole call, from 1; no two entries share one' }) readonly rank!: number;
}

export class RankingResponse {
  @ApiProperty({ example: 'call-2025-it' }) readonly callId!: string;
  @ApiProperty({ description: 'True once no evaluation of the call is pending or open' }) readonly final!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Evaluations of the call still pending or open' }) readonly stillInEvaluation!: number;
  @ApiProperty({ type: [RankedEvaluationResponse], description: "In rank order; center staff get their own center's entries only" })
  readonly entries!: readonly RankedEvaluationResponse[];
}
