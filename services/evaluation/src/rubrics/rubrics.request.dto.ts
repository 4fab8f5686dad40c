import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';

/**
 * Shapes only. Whether the weights sum to 100, a minimum is a percentage or a quorum is positive
 * are the rubric's rules, refused by the domain with 422.
 */
export class CriterionRequest {
  /** Criterion ids key the scores in stored documents: no dots or dollar signs. */
  @ApiProperty({ example: 'convergence-novelty' }) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/) readonly id!: string;
  @ApiProperty({ example: 'Convergence and novelty (융합성·독창성)' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly name!: string;
  @ApiProperty({ example: 30, description: 'Points out of 100' }) @IsInt() readonly weight!: number;
  @ApiProperty({ example: 40, description: 'Minimum mean as a percentage of the weight' }) @IsInt() readonly minimumPercent!: number;
}

/** Every field defaults to the program's rubric: `{ "quorum": 7 }` is the default rubric with a quorum of seven. */
export class DefineRubricRequest {
  @ApiPropertyOptional({ type: [CriterionRequest], description: 'In priority order: the first breaks ranking ties' })
  @OptionalField()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionRequest)
  @ArrayMinSize(1)
  readonly criteria?: CriterionRequest[];

  @ApiPropertyOptional({ example: 70, description: 'Total out of 100 needed to pass' }) @OptionalField() @IsInt() readonly passThreshold?: number;
  @ApiPropertyOptional({ example: 5, description: 'Sealed scoresheets needed to close' }) @OptionalField() @IsInt() readonly quorum?: number;
  @ApiPropertyOptional({ example: 5, description: 'From this many sheets on, the highest and lowest are dropped' }) @OptionalField() @IsInt() readonly trimFrom?: number;
}
