import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsString, Min, ValidateNested } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';

/** Scores travel in hundredths of a point (integers): 7,450 is 74.50 points. */
export class CriterionResultPayload {
  @IsString() readonly criterionId!: string;
  @IsInt() @Min(0) readonly meanHundredths!: number;
  @IsBoolean() readonly metMinimum!: boolean;
}

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
}

export const EvaluationCompletedV1: ContractDefinition<EvaluationCompletedPayload> = {
  type: 'evaluation.EvaluationCompleted',
  schemaVersion: 1,
  topic: TOPICS.evaluation,
  payload: EvaluationCompletedPayload,
};
