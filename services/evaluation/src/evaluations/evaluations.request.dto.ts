import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_REQUIRED_BELOW_PERCENT } from '@yunghap/evaluation-domain';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CALL_ID, CENTER_ID, COMMITTEE_ID, CRITERION_ID } from '../shared/id-patterns';
import { EVALUATION_STATUSES, EvaluationStatus } from './evaluation-view.projection';

export class AssignCommitteeRequest {
  @ApiProperty({ example: 'call-2025-it.shared' }) @IsString() @Matches(COMMITTEE_ID) readonly committeeId!: string;
}

export class EvaluationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'call-2025-it' }) @OptionalField() @IsString() @Matches(CALL_ID) readonly callId?: string;
  @ApiPropertyOptional({ example: 'jungbu', description: "Center staff see their own center's only" })
  @OptionalField()
  @IsString()
  @Matches(CENTER_ID)
  readonly centerId?: string;
  @ApiPropertyOptional({ enum: EVALUATION_STATUSES }) @OptionalField() @IsIn(EVALUATION_STATUSES) readonly status?: EvaluationStatus;
}

/** A few paragraphs: room for the grounds of a mark, not for a review essay that would swamp the applicant's feedback page. */
export const REASON_MAX_LENGTH = 2000;

export class CriterionScoreRequest {
  @ApiProperty({ example: 'convergence-novelty' }) @IsString() @Matches(CRITERION_ID) readonly criterionId!: string;
  /** Whole points; the range (0 to the criterion's weight) is the rubric's rule, answered with 422. */
  @ApiProperty({ example: 24, description: 'Whole points from 0 to the criterion weight' }) @IsInt() readonly score!: number;
  /** Whether one is required is the domain's rule (`REASON_REQUIRED_BELOW_PERCENT`), answered with 422 naming `scores[i].reason`. */
  @ApiPropertyOptional({
    maxLength: REASON_MAX_LENGTH,
    example: '두 기업의 기술이 결합되는 지점이 사업계획서에 드러나지 않음',
    description: `Why this score, in Korean; required when the score is under ${REASON_REQUIRED_BELOW_PERCENT} % of the criterion weight. Blank counts as absent. The applicant reads it, without who wrote it, once the evaluation closes`,
  })
  @OptionalField()
  @IsString()
  @MaxLength(REASON_MAX_LENGTH)
  readonly reason?: string;
}

export class SubmitScoresheetRequest {
  @ApiProperty({ type: [CriterionScoreRequest], description: 'One score per criterion of the rubric' })
  @IsDefined()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreRequest)
  @ArrayMinSize(1)
  @ArrayUnique((score: CriterionScoreRequest) => score.criterionId, { message: 'each criterion may be scored once' })
  readonly scores!: CriterionScoreRequest[];
}
