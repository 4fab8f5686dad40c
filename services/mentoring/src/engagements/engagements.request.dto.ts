import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EngagementStatus } from '@yunghap/mentoring-domain';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested, IsDefined } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { FIRM_INDUSTRY, INDUSTRY_MESSAGE, REGISTRATION_NUMBER, REGISTRATION_NUMBER_MESSAGE } from '../shared/request-patterns';

const ENGAGEMENT_STATUSES: readonly EngagementStatus[] = ['proposed', 'mentor-confirmed', 'allocation-requested', 'allocation-rejected', 'started', 'completed', 'cancelled'];
/** Ids of other contexts and of clients: safe in a URL and a log line. */
const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export class ConsortiumFirmRequest {
  @ApiProperty({ example: '2208100001' }) @Matches(REGISTRATION_NUMBER, { message: REGISTRATION_NUMBER_MESSAGE }) readonly registrationNumber!: string;
  @ApiProperty({ example: 'C26110', description: 'The firm’s KSIC code, section to subclass' })
  @Matches(FIRM_INDUSTRY, { message: INDUSTRY_MESSAGE })
  readonly industryCode!: string;
}

export class ConsortiumRequest {
  @ApiProperty({ example: 'consortium-2025-017' }) @Matches(EXTERNAL_ID) readonly consortiumId!: string;
  @ApiPropertyOptional({ example: '6f1c…', description: 'The application, when the consortium has applied' })
  @OptionalField()
  @Matches(EXTERNAL_ID)
  readonly applicationId?: string;

  @ApiProperty({ type: [ConsortiumFirmRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ConsortiumFirmRequest)
  @ArrayUnique((firm: ConsortiumFirmRequest) => firm.registrationNumber, { message: 'each firm may be listed once' })
  readonly firms!: ConsortiumFirmRequest[];

  @ApiProperty({ example: ['battery-management', 'iot-sensing'], description: 'The technology fields of the convergence task' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  readonly technologyFields!: string[];
}

export class ProposeEngagementRequest {
  @ApiPropertyOptional({ example: 'honam', description: 'Defaults to the coordinator’s own center, the only one they may name' })
  @OptionalField()
  @IsString()
  @IsNotEmpty()
  readonly centerId?: string;

  @ApiProperty({ type: ConsortiumRequest }) @IsDefined() @ValidateNested() @Type(() => ConsortiumRequest) readonly consortium!: ConsortiumRequest;
}

export class ConfirmMentorRequest {
  @ApiProperty({ example: '0b6c2d9e-…', description: 'One of the proposed candidates' }) @IsString() @IsNotEmpty() readonly mentorId!: string;
}

export class LogSessionRequest {
  @ApiPropertyOptional({ example: 'session-2025-04-03', description: 'Sending one makes a retried request harmless; new when omitted' })
  @OptionalField()
  @Matches(EXTERNAL_ID)
  readonly sessionId?: string;

  @ApiProperty({ example: '2025-04-03', description: 'The day it was held, between the start and today' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  readonly date!: string;

  @ApiProperty({ example: 90, description: 'Whole minutes, 1 to 1440' }) @IsInt() readonly minutes!: number;
  @ApiProperty({ example: 'BMS firmware and sensor fusion roadmap' }) @IsString() @MaxLength(300) readonly topic!: string;
  @ApiProperty({ example: 'Agreed a joint prototype plan' }) @IsString() @MaxLength(2000) readonly outcome!: string;
}

export class CompleteEngagementRequest {
  @ApiProperty({ example: 'Four sessions; the consortium filed its convergence R&D application.', description: 'At most 2,000 characters' })
  @IsString()
  readonly report!: string;
}

export class CancelEngagementRequest {
  @ApiProperty({ example: 'The consortium dissolved' }) @IsString() @IsNotEmpty() @MaxLength(500) readonly reason!: string;
}

export class EngagementListQuery {
  @ApiPropertyOptional({ example: 'honam', description: "Center staff see their own center's only" }) @OptionalField() @IsString() @IsNotEmpty() readonly centerId?: string;
  @ApiPropertyOptional({ enum: ENGAGEMENT_STATUSES }) @OptionalField() @IsIn(ENGAGEMENT_STATUSES) readonly status?: EngagementStatus;
  @ApiPropertyOptional({ default: 0 }) @OptionalField() @Type(() => Number) @IsInt() @Min(0) readonly skip?: number;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(200) readonly limit?: number;
}
