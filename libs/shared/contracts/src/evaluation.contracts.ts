import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';

/**
 * An application's evaluation has started: a committee holds it and its members may score.
 * There is one evaluation per application, so `evaluationId` is the application id today;
 * consumers key on it without reading meaning into it. Keyed by `evaluationId` on the topic.
 */
export class EvaluationOpenedPayload {
  @IsString() readonly evaluationId!: string;
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  @IsString() readonly committeeId!: string;
  @IsISO8601() readonly openedAt!: string;
}

export const EvaluationOpenedV1: ContractDefinition<EvaluationOpenedPayload> = {
  type: 'evaluation.EvaluationOpened',
  schemaVersion: 1,
  topic: TOPICS.evaluation,
  payload: EvaluationOpenedPayload,
};

/**
 * A member of the evaluating committee stood down from an application (a declared tie to one of
 * its firms): every service that shows the application's content stops showing it to them. The
 * ground (which firm, which tie) stays with the evaluation service. Keyed by `evaluationId`, so it
 * follows the `EvaluationOpened` it belongs to.
 */
export class MemberRecusedPayload {
  @IsString() readonly evaluationId!: string;
  @IsString() readonly applicationId!: string;
  @IsString() readonly memberId!: string;
  @IsISO8601() readonly recusedAt!: string;
}

export const MemberRecusedV1: ContractDefinition<MemberRecusedPayload> = {
  type: 'evaluation.MemberRecused',
  schemaVersion: 1,
  topic: TOPICS.evaluation,
  payload: MemberRecusedPayload,
};

/** Scores travel in hundredths of a point (integers): 7,450 is 74.50 points. */
export class CriterionResultPayload {
  @IsString() readonly criterionId!: string;
  @IsInt() @Min(0) readonly meanHundredths!: number;
  @IsBoolean() readonly metMinimum!: boolean;
}

/**
 * The applicant's feedback on one criterion: its name, its maximum (the criterion's weight), the
 * mean that decided, and the reasons the members wrote, sorted so that their order says nothing of
 * who wrote which. Never a member id, a name or an individual score: the applicant may read all of it.
 */
export class CriterionFeedbackPayload {
  @IsString() readonly criterionId!: string;
  @IsString() readonly name!: string;
  @IsInt() @Min(1) readonly maximum!: number;
  @IsInt() @Min(0) readonly meanHundredths!: number;
  @IsArray() @IsString({ each: true }) readonly reasons!: string[];
}

/**
 * The committee closed the evaluation. `failedReasons` is empty when it passed; otherwise it
 * holds stable tokens, every one that applies: `total-below-threshold` and
 * `criterion-below-minimum:<criterionId>`. `sealedSheets` is the number of sheets counted.
 */
export class EvaluationCompletedPayload {
  @IsString() readonly evaluationId!: string;
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  @IsBoolean() readonly passed!: boolean;
  @IsInt() @Min(0) readonly totalHundredths!: number;
  @ValidateNested({ each: true }) @Type(() => CriterionResultPayload) readonly criteria!: CriterionResultPayload[];
  @IsInt() @Min(0) readonly sealedSheets!: number;
  @IsString({ each: true }) readonly failedReasons!: string[];
  @IsISO8601() readonly completedAt!: string;
  /**
   * One entry per criterion, in rubric order. Added to v1 without a new version: a message
   * published before it lacks it, and a consumer reads that as "no feedback recorded".
   */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => CriterionFeedbackPayload) readonly feedback?: CriterionFeedbackPayload[];
}

export const EvaluationCompletedV1: ContractDefinition<EvaluationCompletedPayload> = {
  type: 'evaluation.EvaluationCompleted',
  schemaVersion: 1,
  topic: TOPICS.evaluation,
  payload: EvaluationCompletedPayload,
};
