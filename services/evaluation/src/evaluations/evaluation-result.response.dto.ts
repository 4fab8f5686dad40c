import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { FailedReason } from '@yunghap/evaluation-domain';

// Means, totals, thresholds and minimums are integers in hundredths of a point (75.67 → 7567).

export class CriterionMeanResponse {
  @ApiProperty({ example: 'convergence-novelty' }) readonly criterionId!: string;
  @ApiProperty({ type: 'integer', example: 30 }) readonly weight!: number;
  @ApiProperty({ type: 'integer', example: 2575, description: 'Trimmed mean in hundredths of a point' }) readonly mean!: number;
}

export class TotalBelowThresholdResponse {
  @ApiProperty({ enum: ['total-below-threshold'] }) readonly kind!: 'total-below-threshold';
  @ApiProperty({ type: 'integer', example: 6850, description: 'Hundredths of a point' }) readonly total!: number;
  @ApiProperty({ type: 'integer', example: 7000, description: 'Hundredths of a point' }) readonly threshold!: number;
}

export class CriterionBelowMinimumResponse {
  @ApiProperty({ enum: ['criterion-below-minimum'] }) readonly kind!: 'criterion-below-minimum';
  @ApiProperty({ example: 'commercialisation' }) readonly criterionId!: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Hundredths of a point' }) readonly mean!: number;
  @ApiProperty({ type: 'integer', example: 1000, description: 'Hundredths of a point' }) readonly minimum!: number;
}

@ApiExtraModels(TotalBelowThresholdResponse, CriterionBelowMinimumResponse)
export class EvaluationResultResponse {
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ example: 'call-2025-it' }) readonly callId!: string;
  @ApiProperty({ example: 'jungbu' }) readonly centerId!: string;
  @ApiProperty({ description: 'ISO 8601, as the applications service sent it' }) readonly applicationSubmittedAt!: string;
  @ApiProperty({ type: 'integer', example: 5 }) readonly sheetsCounted!: number;
  @ApiProperty({ description: 'Whether the single highest and lowest values were dropped' }) readonly trimmed!: boolean;
  @ApiProperty({ type: 'integer', example: 8575, description: 'Hundredths of a point out of 100' }) readonly total!: number;
  @ApiProperty({ type: [CriterionMeanResponse], description: 'In rubric order' }) readonly criteria!: readonly CriterionMeanResponse[];
  @ApiProperty() readonly passed!: boolean;

  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [{ $ref: getSchemaPath(TotalBelowThresholdResponse) }, { $ref: getSchemaPath(CriterionBelowMinimumResponse) }],
      discriminator: {
        propertyName: 'kind',
        mapping: {
          'total-below-threshold': getSchemaPath(TotalBelowThresholdResponse),
          'criterion-below-minimum': getSchemaPath(CriterionBelowMinimumResponse),
        },
      },
    },
    description: 'Empty when passed; otherwise every reason, the total first',
  })
  readonly failedReasons!: readonly FailedReason[];
}
