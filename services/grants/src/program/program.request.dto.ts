import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class TransferBetweenLinesRequest {
  @ApiProperty({ example: 'advanced-technology-innovation' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly fromLineId!: string;
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly toLineId!: string;
  @ApiProperty({ example: 500_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
  @ApiProperty({ example: 'IT convergence demand exceeded the plan' }) @IsString() @MaxLength(1000) readonly reason!: string;
}
