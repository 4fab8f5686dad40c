import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBusinessRegistrationNumber, IsKsicCode } from '@yunghap/contracts';
import { CALENDAR_DATE_PATTERN } from '@yunghap/kernel';
import { EngagementStatus, MAX_REPORT_LENGTH, MAX_SESSION_MINUTES } from '@yunghap/mentoring-domain';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CENTER_ID, CENTER_ID_MAX_LENGTH, CENTER_ID_MESSAGE, ID, ID_MESSAGE, TEXT, TEXT_MESSAGE } from '../shared/request-patterns';
import { ENGAGEMENT_STATUSES } from './engagement-statuses';

export class EngagementIdParams {
  @ApiProperty({ example: '6f1c2d9e-5b7e-4d7a-9c55-2f1e3a4b5c6d' }) @Matches(ID, { message: ID_MESSAGE }) readonly engagementId!: string;
}

export class ConsortiumFirmRequest {
  @ApiProperty({ example: '2208100001' }) @IsBusinessRegistrationNumber() readonly registrationNumber!: string;
  @ApiProperty({ example: 'C26110', description: 'The firm’s KSIC code, section to subclass' })
  @IsKsicCode()
  readonly industryCode!: string;
}

export class ConsortiumRequest {
  @ApiProperty({ example: 'consortium-2025-017' }) @Matches(ID, { message: ID_MESSAGE }) readonly consortiumId!: string;
  @ApiPropertyOptional({ example: 'application-2025-017', description: 'The application, when the consortium has applied' })
  @OptionalField()
  @Matches(ID, { message: ID_MESSAGE })
  readonly applicationId?: string;

  @ApiProperty({ type: [ConsortiumFirmRequest], description: 'Each firm once: two entries may not share a registration number' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ConsortiumFirmRequest)
  @ArrayUnique((firm: ConsortiumFirmRequest) => firm.registrationNumber, { message: 'each firm may be listed once' })
  readonly firms!: ConsortiumFirmRequest[];

  @ApiProperty({ type: [String], example: ['battery-management', 'iot-sensing'], description: 'The technology fields of the convergence task' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  @Matches(TEXT, { each: true, message: TEXT_MESSAGE })
  readonly technologyFields!: string[];
}

export class ProposeEngagementRequest {
  @ApiPropertyOptional({ example: 'honam', description: 'Defaults to the coordinator’s own center, the only one they may name' })
  @OptionalField()
  @MaxLength(CENTER_ID_MAX_LENGTH)
  @Matches(CENTER_ID, { message: CENTER_ID_MESSAGE })
  readonly centerId?: string;

  @ApiProperty({ type: ConsortiumRequest }) @IsDefined() @ValidateNested() @Type(() => ConsortiumRequest) readonly consortium!: ConsortiumRequest;
}

export class ConfirmMentorRequest {
  @ApiProperty({ example: '0b6c2d9e-5b7e-4d7a-9c55-2f1e3a4b5c6d', description: 'One of the proposed candidates' })
  @Matches(ID, { message: ID_MESSAGE })
  readonly mentorId!: string;
}

export class LogSessionRequest {
  @ApiPropertyOptional({ example: 'session-2025-04-03', description: 'Sending one makes a retried request harmless; new when omitted' })
  @OptionalField()
  @Matches(ID, { message: ID_MESSAGE })
  readonly sessionId?: string;

  // Only the spelling here: a day that does not exist is the session rules' to refuse (422), as
  // the document cannot state the calendar and a fuzzer's well-formed day must not meet a 400.
  @ApiProperty({ example: '2025-04-03', description: 'The day it was held, between the start and today' })
  @Matches(CALENDAR_DATE_PATTERN, { message: '$property must be a date written YYYY-MM-DD' })
  readonly date!: string;

  @ApiProperty({
    example: 90,
    minimum: 1,
    maximum: MAX_SESSION_MINUTES,
    description: 'Whole minutes; a length out of range is refused by the session rules (422)',
  })
  @IsInt()
  readonly minutes!: number;
  @ApiProperty({ example: 'BMS firmware and sensor fusion roadmap' })
  @IsString()
  @MaxLength(300)
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly topic!: string;
  @ApiProperty({ example: 'Agreed a joint prototype plan' }) @IsString() @MaxLength(2000) @Matches(TEXT, { message: TEXT_MESSAGE }) readonly outcome!: string;
}

export class CompleteEngagementRequest {
  @ApiProperty({
    example: 'Four sessions; the consortium filed its convergence R&D application.',
    maxLength: MAX_REPORT_LENGTH,
    description: 'A blank or longer report is refused by the completion rules (422)',
  })
  @IsString()
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly report!: string;
}

export class CancelEngagementRequest {
  @ApiProperty({ example: 'The consortium dissolved' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly reason!: string;
}

export class EngagementListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'honam', description: "Center staff see their own center's only" })
  @OptionalField()
  @MaxLength(CENTER_ID_MAX_LENGTH)
  @Matches(CENTER_ID, { message: CENTER_ID_MESSAGE })
  readonly centerId?: string;

  @ApiPropertyOptional({ enum: ENGAGEMENT_STATUSES }) @OptionalField() @IsIn(ENGAGEMENT_STATUSES) readonly status?: EngagementStatus;
}
