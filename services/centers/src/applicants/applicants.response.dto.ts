import { ApiProperty } from '@nestjs/swagger';
import { APPLICANT_STATUSES, ApplicantStatus } from '@yunghap/centers-domain';
import { BUSINESS_REGISTRATION_NUMBER_PATTERN, Province, PROVINCES } from '@yunghap/kernel';
import { PageResponse } from '@yunghap/platform-nest';
import { CENTER_ID_PATTERN } from '../shared/center-id.rule';

/** A person's latest applicant registration, as the staff who decide on it see it. */
export class ApplicantResponse {
  @ApiProperty({ example: 'applicant-hanbit' }) readonly userId!: string;
  @ApiProperty({ example: '박한빛' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'hanbit@example.kr' }) readonly email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '010-1234-5678' }) readonly phone!: string | null;
  @ApiProperty({ example: '3148123478', pattern: BUSINESS_REGISTRATION_NUMBER_PATTERN.source, description: 'Ten digits, no hyphens' })
  readonly registrationNumber!: string;
  @ApiProperty({ example: '한빛정밀' }) readonly firmName!: string;
  @ApiProperty({ enum: PROVINCES, example: '대전' }) readonly province!: Province;
  @ApiProperty({ example: 'jungbu', pattern: CENTER_ID_PATTERN.source, description: 'The center that confirms it, by the routing in force at registration' })
  readonly centerId!: string;
  @ApiProperty({ enum: APPLICANT_STATUSES, example: 'pending' }) readonly status!: ApplicantStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected; null unless rejected' }) readonly reason!: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T01:00:00.000Z' }) readonly registeredAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was confirmed or rejected; null while pending' })
  readonly decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'staff-jungbu', description: 'User id of who confirmed or rejected it; null while pending' })
  readonly decidedBy!: string | null;
}

export class ApplicantPageResponse extends PageResponse(ApplicantResponse, 'Oldest registration first') {}
