import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class TrancheRequest {
  @ApiProperty({ example: '2025-07-01', description: 'Due day (YYYY-MM-DD)' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) readonly dueOn!: string;
  @ApiProperty({ example: 200_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
}

export class ProposeAwardRequest {
  @ApiProperty({ example: 'app-2025-0042' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly applicationId!: string;
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly lineId!: string;
  @ApiProperty({ example: 400_000_000, description: 'Whole won; at most ₩500,000,000 and the amount requested' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly amountWon!: number;
  @ApiProperty({ type: [TrancheRequest], description: 'Tranches in payment order; they must add up to the award' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => TrancheRequest)
  readonly schedule!: TrancheRequest[];
}

export class ReasonRequest {
  @ApiProperty({ example: 'Consortium dissolved before the first milestone' }) @IsString() @MaxLength(1000) readonly reason!: string;
}

export class RecoverFundsRequest extends ReasonRequest {
  @ApiProperty({ example: 50_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
}
