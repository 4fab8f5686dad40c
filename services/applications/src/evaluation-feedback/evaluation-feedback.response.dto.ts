import { ApiProperty } from '@nestjs/swagger';
import { EvaluationOutcome } from '@yunghap/applications-domain';

export class CriterionFeedbackResponse {
  @ApiProperty({ example: 'convergence-novelty' }) readonly criterionId!: string;
  @ApiProperty({ example: 'Convergence and novelty (융합성·독창성)' }) readonly name!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 30, description: 'The most a member could give the criterion, in points' }) readonly maximum!: number;
  @ApiProperty({ example: 23.33, description: "The committee's mean on the criterion, in points to the hundredth" }) readonly mean!: number;
  @ApiProperty({
    type: [String],
    example: ['두 기업의 기술이 결합되는 지점이 불분명함', '시장 분석이 구체적임'],
    description: "The committee members' written reasons, sorted: neither who wrote which nor any member's own score is disclosed",
  })
  readonly reasons!: readonly string[];
}

/** The applicant's feedback: the result, then each criterion's mean and the committee's reasons. */
export class EvaluationFeedbackResponse {
  @ApiProperty({ format: 'uuid' }) readonly applicationId!: string;
  @ApiProperty({ enum: ['passed', 'failed'] satisfies EvaluationOutcome[] }) readonly outcome!: EvaluationOutcome;
  @ApiProperty({ example: 76.0, description: "The committee's total out of 100, to the hundredth" }) readonly totalScore!: number;
  @ApiProperty({
    type: [CriterionFeedbackResponse],
    description: "In the rubric's order; empty for a result recorded before the evaluation service published feedback",
  })
  readonly criteria!: readonly CriterionFeedbackResponse[];
}
