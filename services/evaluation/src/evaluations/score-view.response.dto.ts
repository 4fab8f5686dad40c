import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Reasons, Scores } from '@yunghap/evaluation-domain';
import { EvaluationResultResponse } from './evaluation-result.response.dto';

export class ScoresheetResponse {
  @ApiProperty({ example: 'expert-choi' }) readonly memberId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'convergence-novelty': 24, 'technical-feasibility': 20 },
    description: 'Whole points per criterion id, in rubric order',
  })
  readonly scores!: Scores;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'technical-feasibility': '실증 계획이 부족함' },
    description: 'The written reason per criterion id, in rubric order; a criterion given none has no key. Hidden from other members like the scores',
  })
  readonly reasons!: Reasons;

  @ApiProperty({ type: 'integer', minimum: 1, description: '1 for the first submission, then one more per revision' }) readonly revision!: number;
  @ApiProperty({ description: 'Sealed sheets count towards the quorum and the result, and no longer change' }) readonly sealed!: boolean;
}

/** Progress that reveals no score. */
export class ScoreCountsResponse {
  @ApiProperty({ type: 'integer' }) readonly members!: number;
  @ApiProperty({ type: 'integer' }) readonly recused!: number;
  @ApiProperty({ type: 'integer' }) readonly submitted!: number;
  @ApiProperty({ type: 'integer' }) readonly sealed!: number;
}

export class NotOpenedScoresResponse {
  @ApiProperty({ enum: ['not-opened'] }) readonly stage!: 'not-opened';
}

export class ScoringScoresResponse {
  @ApiProperty({ enum: ['scoring'] }) readonly stage!: 'scoring';
  @ApiProperty({ type: ScoreCountsResponse }) readonly counts!: ScoreCountsResponse;
  @ApiProperty({
    type: ScoresheetResponse,
    nullable: true,
    description: "The caller's own sheet: committee members only, null for everyone else and before a first submission",
  })
  readonly ownSheet!: ScoresheetResponse | null;
}

export class AbandonedScoresResponse {
  @ApiProperty({ enum: ['abandoned'] }) readonly stage!: 'abandoned';
  @ApiProperty({ type: ScoreCountsResponse }) readonly counts!: ScoreCountsResponse;
}

export class CompletedScoresResponse {
  @ApiProperty({ enum: ['completed'] }) readonly stage!: 'completed';
  @ApiProperty({ type: ScoreCountsResponse }) readonly counts!: ScoreCountsResponse;
  @ApiProperty({ type: [ScoresheetResponse], description: 'The sealed sheets that counted' }) readonly sheets!: readonly ScoresheetResponse[];
  @ApiProperty({ type: EvaluationResultResponse }) readonly result!: EvaluationResultResponse;
}

const STAGES = {
  'not-opened': NotOpenedScoresResponse,
  scoring: ScoringScoresResponse,
  abandoned: AbandonedScoresResponse,
  completed: CompletedScoresResponse,
};

/** `ApiProperty` options of a `ScoreView`: what the caller may see of the scores, by stage. */
export const SCORE_VIEW_SCHEMA = {
  oneOf: Object.values(STAGES).map((model) => ({ $ref: getSchemaPath(model) })),
  discriminator: { propertyName: 'stage', mapping: Object.fromEntries(Object.entries(STAGES).map(([stage, model]) => [stage, getSchemaPath(model)])) },
};

export const ScoreViewModels = () => ApiExtraModels(...Object.values(STAGES));
