import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { RELATIONSHIP_KINDS, RelationshipKind, ScoreView } from '@yunghap/evaluation-domain';
import { RubricResponse } from '../rubrics/call-rubric.response.dto';
import { EVALUATION_STATUSES, EvaluationStatus } from './evaluation-view.projection';
import { SCORE_VIEW_SCHEMA, ScoreViewModels } from './score-view.response.dto';

export const SHEET_STATES = ['not-started', 'draft', 'sealed'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** How far the committee is: counts only, never whose sheet or what score. */
export class ScoringProgressResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Members of the opening who are not recused' }) readonly scorers!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: "Their sheets sealed so far (a recused member's never count)" }) readonly sealed!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Sealed sheets the rubric needs before a program manager may close' }) readonly quorum!: number;
}

export class EvaluationSummaryResponse {
  @ApiProperty({ description: 'The application id: one evaluation per application' }) readonly applicationId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '스마트 공장용 센서 융합 모듈',
    description: "The task's title; null for applications screened before titles were published",
  })
  readonly title!: string | null;
  @ApiProperty({ example: 'call-2025-it' }) readonly callId!: string;
  @ApiProperty({ example: 'jungbu' }) readonly centerId!: string;
  @ApiProperty({ enum: EVALUATION_STATUSES, description: '`pending`: eligible, waiting for a committee; `withdrawn` overrides the rest' })
  readonly status!: EvaluationStatus;
  @ApiProperty({ type: 'string', nullable: true, example: 'call-2025-it.jungbu', description: 'Null until it opens' }) readonly committeeId!: string | null;
  @ApiProperty({ description: 'ISO 8601, as the applications service sent it' }) readonly applicationSubmittedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly requestedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readonly openedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readonly completedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readonly withdrawnAt!: string | null;
  @ApiProperty({ type: ScoringProgressResponse, nullable: true, description: 'Null until it opens' }) readonly progress!: ScoringProgressResponse | null;
}

export class EvaluationPageResponse extends PageResponse(EvaluationSummaryResponse, 'By request time, then application id') {}

/** A sheet's progress, never its scores. */
export class SheetProgressResponse {
  @ApiProperty({ enum: SHEET_STATES }) readonly state!: SheetState;
  @ApiProperty({ type: 'integer', minimum: 0, description: '0 before a first submission' }) readonly revision!: number;
}

export class MemberProgressResponse {
  @ApiProperty({ example: 'expert-choi' }) readonly userId!: string;
  @ApiProperty({ example: '최서연' }) readonly name!: string;
  @ApiProperty() readonly affiliation!: string;
  @ApiProperty() readonly recused!: boolean;
  @ApiProperty({ type: SheetProgressResponse }) readonly sheet!: SheetProgressResponse;
}

/** One ground on which a member may not score the application. */
export class RecusalResponse {
  @ApiProperty({ example: 'expert-choi' }) readonly memberId!: string;
  @ApiProperty({ example: '1048612345' }) readonly firm!: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) readonly relationship!: RelationshipKind;
}

export class CommitteeProgressResponse {
  @ApiProperty({ type: [MemberProgressResponse], description: 'The members of the opening' }) readonly members!: readonly MemberProgressResponse[];
  @ApiProperty({ type: [RecusalResponse], description: 'Every ground, in the order recorded' }) readonly recusals!: readonly RecusalResponse[];
}

@ScoreViewModels()
export class EvaluationDetailResponse extends EvaluationSummaryResponse {
  @ApiProperty({ type: RubricResponse, nullable: true, description: 'The copy it opened with; null until it opens' }) readonly rubric!: RubricResponse | null;
  @ApiProperty({ ...SCORE_VIEW_SCHEMA, description: 'Scores as the caller may see them: counts until the close, then the sealed sheets and the result' })
  readonly scores!: ScoreView;

  @ApiPropertyOptional({ type: CommitteeProgressResponse, nullable: true, description: 'Program managers only (absent for others); null until it opens' })
  readonly committee?: CommitteeProgressResponse | null;
}
