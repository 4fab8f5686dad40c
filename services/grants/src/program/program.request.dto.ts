import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class TransferBetweenLinesRequest {
  @ApiProperty({ example: 'advanced-technology-innovation' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly fromLineId!: string;
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly toLineId!: string;
  @ApiProperty({ example: 500_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
  @ApiProperty({ example: 'IT convergence demand exceeded the plan' }) @IsString() @MaxLength(1000) readonly reason!: string;
}

export class DefineBudgetLineRequest {
  @ApiProperty({ example: 'regional-convergence-pilot' }) @IsString() @Matches(/^[a-z][a-z0-9-]{1,62}$/) readonly lineId!: string;
  @ApiProperty({ example: '지역 융합 시범사업' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameKo!: string;
  @ApiProperty({ example: 'Regional convergence pilot' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameEn!: string;
  @ApiProperty({ example: 2_000_000_000, description: 'Whole won, out of the unallocated reserve' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
}
