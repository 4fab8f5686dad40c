import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICANT_STATUSES, ApplicantStatus } from '@yunghap/centers-domain';
import { IsProvince } from '@yunghap/contracts';
import { PROVINCES, TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN } from '@yunghap/kernel';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CENTER_ID_MAX_LENGTH, CENTER_ID_PATTERN } from '../shared/center-id.rule';
import { NonBlankText } from '@yunghap/platform-nest';
import { IsUserId, USER_ID_MAX_LENGTH, USER_ID_PATTERN } from '../shared/user-id.rule';

// Digits, spaces, hyphens and brackets as people write Korean numbers (010-1234-5678, +82 2 123 4567).
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,18}[0-9]$/;

/** What the gateway sends for a signed-in person; their identity provider subject is `userId`. */
export class RegisterApplicantRequest {
  @ApiProperty({
    example: 'applicant-hanbit',
    pattern: USER_ID_PATTERN.source,
    maxLength: USER_ID_MAX_LENGTH,
    description: "The person's subject at the identity provider",
  })
  @IsUserId()
  readonly userId!: string;

  @ApiProperty({ example: '박한빛' }) @IsString() @IsNotEmpty() @MaxLength(100) @NonBlankText() readonly name!: string;
  @ApiPropertyOptional({ example: 'hanbit@example.kr' }) @OptionalField() @IsEmail() @MaxLength(254) readonly email?: string;
  @ApiPropertyOptional({ example: '010-1234-5678', pattern: PHONE_PATTERN.source })
  @OptionalField()
  @IsString()
  @Matches(PHONE_PATTERN)
  readonly phone?: string;

  // The shape is stated for clients; the check digit is the domain's (422 APPLICANT.REGISTRATION_NUMBER_INVALID).
  @ApiProperty({
    example: '314-81-23478',
    pattern: TYPED_BUSINESS_REGISTRATION_NUMBER_PATTERN.source,
    description: '사업자등록번호 as 123-45-67890 or 1234567890, recorded as ten digits; a wrong check digit is 422 APPLICANT.REGISTRATION_NUMBER_INVALID',
  })
  @IsString()
  @MaxLength(12)
  readonly registrationNumber!: string;

  @ApiProperty({ example: '한빛정밀' }) @IsString() @IsNotEmpty() @MaxLength(200) @NonBlankText() readonly firmName!: string;

  @ApiProperty({
    enum: PROVINCES,
    description: 'Where the firm is registered: the province routing in force chooses the center that confirms it (NFD is the same name)',
  })
  @IsProvince()
  readonly province!: string;
}

export class RejectApplicantRequest {
  @ApiProperty({ example: '사업자등록증의 상호와 다릅니다', description: 'Told to the person and kept in the audit trail; not blank' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NonBlankText()
  readonly reason!: string;
}

export class ApplicantListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICANT_STATUSES }) @OptionalField() @IsIn(APPLICANT_STATUSES) readonly status?: ApplicantStatus;

  @ApiPropertyOptional({ example: 'jungbu', description: 'Center staff: their own center only (another is 403), which is also the default' })
  @OptionalField()
  @IsString()
  @Matches(CENTER_ID_PATTERN)
  @MaxLength(CENTER_ID_MAX_LENGTH)
  readonly centerId?: string;
}
