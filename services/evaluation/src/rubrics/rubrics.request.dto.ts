import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@yunghap/platform-nest';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsDefined, IsInt, IsString, Matches, ValidateNested } from 'class-validator';
import { CRITERION_ID } from '../shared/id-patterns';
import { PlainText } from '../shared/plain-text';

/**
 * Shapes only. Whether the weights sum to 100, a minimum is a percentage or a quorum is positive
 * are the rubric's rules, refused by the domain with 422.
 */
export class CriterionRequest {
  @ApiProperty({ example: 'convergence-novelty' }) @IsString() @Matches(CRITERION_ID) readonly id!: string;

  @ApiProperty({ example: 'Convergence and novelty (융합성·독창성)', description: 'One line, no control characters' }) @PlainText(200) readonly name!: string;

  @ApiProperty({ example: 30, description: 'Points out of 100' }) @IsInt() readonly weight!: number;
  @ApiProperty({ example: 40, description: 'Minimum mean as a percentage of the weight' }) @IsInt() readonly minimumPercent!: number;
}

/**
 * The criteria are always stated: a definition is for good, so an empty body must not fix the
 * default by accident. The policy fields default to the program's rubric (`GET` shows it).
 */
export class DefineRubricRequest {
  @ApiProperty({ type: [CriterionRequest], description: 'In priority order: the first breaks ranking ties' })
  @IsDefined()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionRequest)
  @ArrayMinSize(1)
  readonly criteria!: CriterionRequest[];

  @ApiPropertyOptional({ example: 70, description: "Total out of 100 needed to pass; the program's when omitted" })
  @OptionalField()
  @IsInt()
  readonly passThreshold?: number;
  @ApiPropertyOptional({ example: 5, description: "Sealed scoresheets needed to close; the program's when omitted" })
  @OptionalField()
  @IsInt()
  readonly quorum?: number;

  @ApiPropertyOptional({ example: 5, description: "From this many sheets on, the highest and lowest are dropped; the program's when omitted" })
  @OptionalField()
  @IsInt()
  readonly trimFrom?: number;
}
