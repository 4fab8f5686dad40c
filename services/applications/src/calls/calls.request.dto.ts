import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INDUSTRY_LEVELS, IndustryLevel, OWN_SHARE_PERCENT_RANGE } from '@yunghap/applications-domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { HasNoNul, IsKebabCaseId, IsPositiveWon, IsResourceId } from '../shared/request-validators';

// The program limit per project (₩500,000,000 by default) is configuration the call decider
// checks, hence 422, not a decorator here.
const TIME_NOTE = 'ISO 8601 with a time zone; a time without one is refused by the call rules (422 CALL.TIME_MALFORMED)';

export class OpenCallRequest {
  @ApiProperty({ example: 'call-2026-it-convergence', description: 'Chosen by the program manager: lower-case kebab-case, part of every URL of the call' })
  @IsKebabCaseId()
  @MaxLength(64)
  readonly callId!: string;

  @ApiProperty({ example: 'it-convergence', description: 'The budget line (grants context) the call commits money from' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @HasNoNul()
  readonly budgetLineId!: string;

  @ApiProperty({ example: '2026년 IT융합 기술개발 과제 공고' }) @IsString() @IsNotEmpty() @MaxLength(200) @HasNoNul() readonly title!: string;
  @ApiProperty({ example: '2026-03-02T09:00:00+09:00', description: TIME_NOTE }) @IsISO8601({ strict: true }) readonly opensAt!: string;
  @ApiProperty({ example: '2026-03-31T18:00:00+09:00', description: TIME_NOTE }) @IsISO8601({ strict: true }) readonly closesAt!: string;

  @ApiProperty({ example: 300_000_000, description: 'Whole won per project, at most the program limit (422 CALL.CAP_ABOVE_PROGRAM_LIMIT)' })
  @IsPositiveWon()
  readonly capPerProject!: number;

  @ApiProperty({ type: [String], example: ['AI', 'IoT', 'smart-manufacturing'], description: 'The technology fields the call funds' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  @HasNoNul({ each: true })
  readonly technologyFields!: string[];

  @ApiPropertyOptional({
    enum: INDUSTRY_LEVELS,
    default: 'group',
    description:
      'How finely "different industries" (이업종) is judged: at least two member SMEs must differ in KSIC class at this level. Default: the service\'s (group, 소분류)',
  })
  @OptionalField()
  @IsIn(INDUSTRY_LEVELS)
  readonly industryLevel?: IndustryLevel;

  @ApiPropertyOptional({
    minimum: OWN_SHARE_PERCENT_RANGE.min,
    maximum: OWN_SHARE_PERCENT_RANGE.max,
    default: 25,
    example: 25,
    description: "The least the consortium bears of the total project cost (민간부담금), whole percent. Default: the service's (25)",
  })
  @OptionalField()
  @IsInt()
  @Min(OWN_SHARE_PERCENT_RANGE.min)
  @Max(OWN_SHARE_PERCENT_RANGE.max)
  readonly minimumOwnSharePercent?: number;
}

/** Only the terms given change; the opening time, the budget line and the eligibility terms stay as published. */
export class AmendCallRequest {
  @ApiPropertyOptional() @OptionalField() @IsString() @IsNotEmpty() @MaxLength(200) @HasNoNul() readonly title?: string;
  @ApiPropertyOptional({ description: TIME_NOTE }) @OptionalField() @IsISO8601({ strict: true }) readonly closesAt?: string;
  @ApiPropertyOptional({ example: 400_000_000 }) @OptionalField() @IsPositiveWon() readonly capPerProject?: number;

  @ApiPropertyOptional({ type: [String], example: ['AI', 'IoT'] })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  @HasNoNul({ each: true })
  readonly technologyFields?: string[];
}

export class CloseCallRequest {
  @ApiProperty({ example: '예산 조기 소진' }) @IsString() @IsNotEmpty() @MaxLength(500) @HasNoNul() readonly reason!: string;
}

/** The call a URL names. */
export class CallPathParams {
  @ApiProperty({ example: 'call-2026-it-convergence' }) @IsResourceId() readonly callId!: string;
}
