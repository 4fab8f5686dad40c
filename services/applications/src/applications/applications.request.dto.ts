import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIRM_SIZES, FirmSize, SUPPORT_STAGES, SupportStage } from '@yunghap/applications-domain';
import { IsProvince } from '@yunghap/contracts';
import { ksicCodePattern, PROVINCES, TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN } from '@yunghap/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { HasNoNul, IsApplicationId, IsKebabCaseId, IsPositiveWon, IsWonOrZero } from '../shared/request-validators';

// The shape of the content is checked here (400, field by field). What a value means is the
// domain's to judge and answers 422 with the same field paths in `errors[]`: a registration
// number's check digit, a KSIC code's shape, blank text. Counting members, comparing industries
// and adding up the budget are screening rules, so a draft may still break them.

export class FirmRequest {
  // The patterns below are the domain's (422 with the field named), stated so clients and
  // generated forms send the right shape; the pipe only bounds the length.
  @ApiProperty({
    example: '220-81-06252',
    pattern: TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN.source,
    description: '사업자등록번호 as 123-45-67890 or 1234567890; another shape or a wrong check digit is 422 (BUSINESS_REGISTRATION_NUMBER.*)',
  })
  @IsString()
  @MaxLength(12)
  readonly registrationNumber!: string;

  @ApiProperty({ example: '한빛정밀' }) @IsString() @IsNotEmpty() @MaxLength(200) @HasNoNul() readonly name!: string;

  @ApiProperty({
    example: 'C29199',
    pattern: ksicCodePattern().source,
    description: 'KSIC code: a section letter A–U, optionally 2 to 5 digits; another shape is 422 INDUSTRY_CODE.MALFORMED',
  })
  @IsString()
  @MaxLength(6)
  readonly industryCode!: string;

  @ApiProperty({
    enum: PROVINCES,
    description:
      "Where the firm is registered; the lead firm's province decides the regional center. Read as the centers read it: decomposed Hangul (NFD) is the same name",
  })
  @IsProvince()
  readonly province!: string;

  @ApiProperty({ enum: FIRM_SIZES, description: "Only small and medium firms count towards the consortium's two SMEs" })
  @IsIn(FIRM_SIZES)
  readonly size!: FirmSize;
}

export class ConvergenceTaskRequest {
  @ApiProperty({ example: 'AI 기반 정밀가공 불량 예측' }) @IsString() @IsNotEmpty() @MaxLength(200) @HasNoNul() readonly title!: string;
  @ApiProperty({ example: '가공 설비 센서 데이터와 머신러닝을 결합해 불량을 사전에 예측한다' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoNul()
  readonly summary!: string;

  @ApiProperty({ type: [String], example: ['AI', 'smart-manufacturing'], description: 'Each must be one the call funds (a screening rule)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  @HasNoNul({ each: true })
  readonly technologyFields!: string[];

  @ApiProperty({ enum: SUPPORT_STAGES }) @IsIn(SUPPORT_STAGES) readonly stage!: SupportStage;
  @ApiProperty({ example: 18 }) @IsInt() @Min(1) @Max(120) readonly durationMonths!: number;
}

/** One cost category: the government grant (정부지원금) and the consortium's own contribution (민간부담금). */
export class BudgetItemRequest {
  @ApiProperty({ example: 'personnel' }) @IsString() @IsNotEmpty() @MaxLength(100) @HasNoNul() readonly category!: string;

  @ApiProperty({
    example: 120_000_000,
    minimum: 0,
    description: 'Government grant (정부지원금) asked for this category, whole won; 0 when the consortium bears it alone',
  })
  @IsWonOrZero()
  readonly amount!: number;

  @ApiPropertyOptional({ example: 30_000_000, minimum: 0, default: 0, description: 'Own contribution in cash (민간부담금 현금), whole won' })
  @OptionalField()
  @IsWonOrZero()
  readonly ownCash?: number;

  @ApiPropertyOptional({ example: 60_000_000, minimum: 0, default: 0, description: 'Own contribution in kind (민간부담금 현물: staff, equipment), whole won' })
  @OptionalField()
  @IsWonOrZero()
  readonly ownInKind?: number;
}

/** What a consortium proposes: the whole content, replaced as one on every revision. */
export class ApplicationContentRequest {
  @ApiProperty({ type: FirmRequest }) @IsDefined() @ValidateNested() @Type(() => FirmRequest) readonly leadFirm!: FirmRequest;

  @ApiProperty({ type: [FirmRequest], description: 'The other members; a consortium needs at least two SMEs by screening time' })
  @IsArray()
  @ArrayMaxSize(19)
  @ValidateNested({ each: true })
  @Type(() => FirmRequest)
  readonly partnerFirms!: FirmRequest[];

  @ApiProperty({ type: ConvergenceTaskRequest }) @IsDefined() @ValidateNested() @Type(() => ConvergenceTaskRequest) readonly task!: ConvergenceTaskRequest;

  @ApiProperty({ example: 250_000_000, description: "Whole won; at most the call's cap and the program limit (screening rules)" })
  @IsPositiveWon()
  readonly requestedAmount!: number;

  @ApiProperty({
    type: [BudgetItemRequest],
    description:
      "The grants must add up to the requested amount, and the own contribution reach the call's minimum share of the total cost (screening rules); a category with nothing in it is refused (422 BUDGET.ITEM_EMPTY)",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BudgetItemRequest)
  readonly budgetPlan!: BudgetItemRequest[];
}

export class DraftApplicationRequest extends ApplicationContentRequest {
  @ApiProperty({ example: 'call-2026-it-convergence' }) @IsString() @IsKebabCaseId() @MaxLength(64) readonly callId!: string;
}

export class WithdrawApplicationRequest {
  @ApiProperty({ example: '컨소시엄 구성 변경' }) @IsString() @IsNotEmpty() @MaxLength(500) @HasNoNul() readonly reason!: string;
}

/** The application a URL names. */
export class ApplicationPathParams {
  @ApiProperty({ example: '3f0c2a9e-8d4b-4c6e-9a51-2b7f0e6d1c84' }) @IsApplicationId() readonly applicationId!: string;
}
