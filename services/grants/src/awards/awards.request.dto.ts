import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { IsExternalId, IsFreeText, IsGrantId, IsLineId, IsRecoveryId, IsTrancheId } from '../shared/request-rules';

export class TrancheRequest {
  @ApiProperty({ example: '2025-07-01', description: 'Due day (YYYY-MM-DD); an impossible day is refused (422)' })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
  readonly dueOn!: string;
  @ApiProperty({ example: 200_000_000, description: 'Whole won' }) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) readonly amountWon!: number;
}

export class LineExceptionBody {
  @ApiProperty({
    example: 'IT융합 라인 소진, 추경 전까지 첨단기술 라인에서 집행',
    description: 'Why the award is charged to another line than its call’s; required for the audit: blank is refused (422)',
  })
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  readonly reason!: string;
}

export class ProposeAwardRequest {
  @ApiProperty({ example: '0b6f3c1e-6d1a-4c52-9a57-3f1f5d0e2a41' }) @IsString() @IsExternalId() readonly applicationId!: string;
  @ApiPropertyOptional({
    example: 'it-convergence',
    description:
      'The line to charge; by default the line the call was opened on. Another line is refused (422 GRANT.LINE_NOT_CALLS_LINE) unless `lineException` gives a reason',
  })
  @OptionalField()
  @IsString()
  @IsLineId()
  readonly lineId?: string;
  @ApiPropertyOptional({
    type: LineExceptionBody,
    description: 'Charging another line than the call’s: recorded on the proposal; a second program manager approves it before finance may approve the award',
  })
  @OptionalField()
  @ValidateNested()
  @Type(() => LineExceptionBody)
  readonly lineException?: LineExceptionBody;
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

export class ProposeRecoveryRequest extends ReasonRequest {
  @ApiProperty({ example: 50_000_000, description: 'Whole won; at most what was paid, not yet recovered and not claimed by another open recovery proposal' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  readonly amountWon!: number;
  @ApiPropertyOptional({
    type: 'integer',
    example: 2027,
    description: 'The fiscal year whose payments it recovers, back to that year’s line; by default the latest year the grant paid a tranche in',
  })
  @OptionalField()
  @IsInt()
  @Min(2000)
  @Max(2100)
  readonly year?: number;
}

const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The agreement (협약) an awarded task signed; the rules between the days are the domain's (422). */
export class RecordAgreementRequest {
  @ApiProperty({ example: 'RS-2026-00042', description: 'The agreement number the agency gave it' })
  @IsString()
  @MaxLength(50)
  @IsFreeText()
  readonly agreementNumber!: string;
  @ApiProperty({ example: '2026-07-01', description: 'First day of the term (YYYY-MM-DD)' }) @Matches(DAY) readonly startsOn!: string;
  @ApiProperty({ example: '2027-12-31', description: 'Last day of the term (YYYY-MM-DD), after its first' }) @Matches(DAY) readonly endsOn!: string;
  @ApiProperty({ example: '2026-06-28', description: 'Day it was signed (YYYY-MM-DD): on or before the first day of the term, and not after today' })
  @Matches(DAY)
  readonly signedOn!: string;
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

export class YearPartParams extends GrantParams {
  @ApiProperty({ example: '2027', pattern: '^20[0-9]{2}$', description: 'The fiscal year of the part' }) @Matches(/^20[0-9]{2}$/) readonly year!: string;
}

export class RecoveryParams extends GrantParams {
  @ApiProperty({ format: 'uuid', example: '7c1e9a52-3b4d-4f6a-8e2b-9d0c1f2a3b4c' }) @IsRecoveryId() readonly recoveryId!: string;
}
