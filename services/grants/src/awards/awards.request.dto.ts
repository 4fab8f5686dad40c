import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { IsExternalId, IsFreeText, IsGrantId, IsLineId, IsTrancheId } from '../shared/request-rules';

export class TrancheRequest {
  @ApiProperty({ example: '2025-07-01', description: 'Due day (YYYY-MM-DD); an impossible day is refused (422)' })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
  readonly dueOn!: string;
  @ApiProperty({ example: 200_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
}

export class ProposeAwardRequest {
  @ApiProperty({ example: '0b6f3c1e-6d1a-4c52-9a57-3f1f5d0e2a41' }) @IsString() @IsExternalId() readonly applicationId!: string;
  @ApiProperty({ example: 'it-convergence' }) @IsString() @IsLineId() readonly lineId!: string;
  @ApiProperty({ example: 400_000_000, description: 'Whole won; at most ₩500,000,000 and the amount requested' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly amountWon!: number;
  @ApiProperty({ type: [TrancheRequest], description: 'Tranches in payment order (t1, t2, …); they must add up to the award' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => TrancheRequest)
  readonly schedule!: TrancheRequest[];
}

export class ReasonRequest {
  @ApiProperty({ example: 'Consortium dissolved before the first milestone', description: 'Required for the audit: blank is refused (422)' })
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  readonly reason!: string;
}

export class RecoverFundsRequest extends ReasonRequest {
  @ApiProperty({ example: 50_000_000, description: 'Whole won; at most what was paid and not yet recovered' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly amountWon!: number;
}

export class GrantsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'call-2026-it', description: 'Only the grants of this call' })
  @OptionalField()
  @IsString()
  @IsExternalId()
  readonly callId?: string;
}

export class GrantParams {
  @ApiProperty({ format: 'uuid', example: '3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c' }) @IsGrantId() readonly grantId!: string;
}

export class TrancheParams extends GrantParams {
  @ApiProperty({ example: 't1' }) @IsTrancheId() readonly trancheId!: string;
}
