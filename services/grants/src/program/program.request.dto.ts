import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { IsFreeText, IsLineId } from '../shared/request-rules';

export class TransferBetweenLinesRequest {
  @ApiProperty({ example: 'advanced-technology-innovation' }) @IsString() @IsLineId() readonly fromLineId!: string;
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsLineId() readonly toLineId!: string;
  @ApiProperty({ example: 500_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
  @ApiProperty({ example: 'IT convergence demand exceeded the plan', description: 'Required for the audit: blank is refused (422)' })
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  readonly reason!: string;
}

export class DefineBudgetLineRequest {
  @ApiProperty({ example: 'regional-convergence-pilot' }) @IsString() @IsLineId() readonly lineId!: string;
  @ApiProperty({ example: '지역 융합 시범사업' }) @IsString() @IsNotEmpty() @MaxLength(200) @IsFreeText() readonly nameKo!: string;
  @ApiProperty({ example: 'Regional convergence pilot' }) @IsString() @IsNotEmpty() @MaxLength(200) @IsFreeText() readonly nameEn!: string;
  @ApiProperty({ example: 2_000_000_000, description: 'Whole won, out of the unallocated reserve' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly amountWon!: number;
}

export class SetProjectCapRequest {
  @ApiProperty({ example: 400_000_000, description: 'The most one project may be granted this year, whole won' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly maxGrantPerProject!: number;
  @ApiProperty({ example: '2026년 추경 감액에 따른 과제당 한도 조정', description: 'Required for the audit: blank is refused (422)' })
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  readonly reason!: string;
}

export class LineParams {
  @ApiProperty({ example: 'it-convergence' }) @IsLineId() readonly lineId!: string;
}

/** A program year asked for (the budget check, the execution series); multi-year awards touch several. */
export class ProgramYearQuery {
  @ApiPropertyOptional({ type: 'integer', example: 2027, description: 'The program year; the current one when absent' })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  readonly year?: number;
}
