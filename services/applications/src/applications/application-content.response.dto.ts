import { ApiProperty } from '@nestjs/swagger';
import { FIRM_SIZES, FirmSize, SUPPORT_STAGES, SupportStage } from '@yunghap/applications-domain';
import { BUSINESS_REGISTRATION_NUMBER_PATTERN, ksicCodePattern, Province, PROVINCES } from '@yunghap/kernel';

// The content as the domain validated it: registration numbers without hyphens, every value checked.

export class FirmResponse {
  @ApiProperty({ example: '2208106252', pattern: BUSINESS_REGISTRATION_NUMBER_PATTERN.source, description: '사업자등록번호, ten digits' })
  readonly registrationNumber!: string;
  @ApiProperty({ example: '한빛정밀' }) readonly name!: string;
  @ApiProperty({ example: 'C29199', pattern: ksicCodePattern().source, description: 'KSIC code' }) readonly industryCode!: string;
  @ApiProperty({ enum: PROVINCES }) readonly province!: Province;
  @ApiProperty({ enum: FIRM_SIZES }) readonly size!: FirmSize;
}

export class ConvergenceTaskResponse {
  @ApiProperty({ example: 'AI 기반 정밀가공 불량 예측' }) readonly title!: string;
  @ApiProperty() readonly summary!: string;
  @ApiProperty({ type: [String], example: ['AI', 'smart-manufacturing'] }) readonly technologyFields!: readonly string[];
  @ApiProperty({ enum: SUPPORT_STAGES }) readonly stage!: SupportStage;
  @ApiProperty({ type: 'integer', minimum: 1, example: 18 }) readonly durationMonths!: number;
}

export class BudgetItemResponse {
  @ApiProperty({ example: 'personnel' }) readonly category!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 120_000_000, description: 'Government grant (정부지원금), whole won' }) readonly amount!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 30_000_000, description: 'Own contribution in cash (민간부담금 현금), whole won' })
  readonly ownCash!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 60_000_000, description: 'Own contribution in kind (민간부담금 현물), whole won' })
  readonly ownInKind!: number;
}

export class ApplicationContentResponse {
  @ApiProperty({ type: FirmResponse }) readonly leadFirm!: FirmResponse;
  @ApiProperty({ type: [FirmResponse] }) readonly partnerFirms!: readonly FirmResponse[];
  @ApiProperty({ type: ConvergenceTaskResponse }) readonly task!: ConvergenceTaskResponse;
  @ApiProperty({ type: 'integer', minimum: 1, example: 250_000_000, description: 'Whole won' }) readonly requestedAmount!: number;
  @ApiProperty({ type: [BudgetItemResponse] }) readonly budgetPlan!: readonly BudgetItemResponse[];
}
