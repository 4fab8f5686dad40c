import { ApiProperty } from '@nestjs/swagger';

export class RubricCriterionResponse {
  @ApiProperty({ example: 'convergence-novelty' }) readonly id!: string;
  @ApiProperty({ example: 'Convergence and novelty (융합성·독창성)' }) readonly name!: string;
  @ApiProperty({ type: 'integer', example: 30, description: 'Points out of 100: a sheet scores the criterion from 0 to this' }) readonly weight!: number;
  @ApiProperty({ type: 'integer', example: 40, description: 'Minimum mean, as a percentage of the weight' }) readonly minimumPercent!: number;
}

export class RubricResponse {
  @ApiProperty({ type: [RubricCriterionResponse], description: 'In priority order: the first breaks ranking ties' })
  readonly criteria!: readonly RubricCriterionResponse[];
  @ApiProperty({ type: 'integer', example: 70, description: 'Total out of 100 needed to pass' }) readonly passThreshold!: number;
  @ApiProperty({ type: 'integer', example: 5, description: 'Sealed scoresheets needed to close' }) readonly quorum!: number;
  @ApiProperty({ type: 'integer', example: 5, description: 'From this many sealed sheets on, the highest and lowest are dropped' }) readonly trimFrom!: number;
}

export class CallRubricResponse {
  @ApiProperty({ example: 'call-2025-it' }) readonly callId!: string;
  @ApiProperty({ enum: ['defined', 'default'], description: "`default` (the program's rubric) until a program manager defines the call's own" })
  readonly source!: 'defined' | 'default';
  @ApiProperty({ type: RubricResponse }) readonly rubric!: RubricResponse;
  @ApiProperty({
    description: 'True once an evaluation of the call has opened: the rubric is fixed for every evaluation of the call, and defining one is refused (409)',
  })
  readonly locked!: boolean;
}
