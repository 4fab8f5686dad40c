import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICANT_STATUSES, ApplicantStatus, STAFF_ROLES, StaffRole } from '@yunghap/centers-domain';
import { BUSINESS_REGISTRATION_NUMBER_PATTERN } from '@yunghap/kernel';
import { CENTER_ID_PATTERN } from '../shared/center-id.rule';

const CENTER_ID = { example: 'jungbu', pattern: CENTER_ID_PATTERN.source } as const;

export class PersonStaffResponse {
  @ApiProperty(CENTER_ID) readonly centerId!: string;
  @ApiProperty({ enum: STAFF_ROLES, example: 'staff' }) readonly role!: StaffRole;
}

/** The person's latest applicant registration: only a confirmed one lets them act for the firm. */
export class PersonApplicantResponse {
  @ApiProperty({ example: '3148123478', pattern: BUSINESS_REGISTRATION_NUMBER_PATTERN.source }) readonly registrationNumber!: string;
  @ApiProperty({ example: '한빛정밀' }) readonly firmName!: string;
  @ApiProperty(CENTER_ID) readonly centerId!: string;
  @ApiProperty({ enum: APPLICANT_STATUSES, example: 'confirmed' }) readonly status!: ApplicantStatus;
  @ApiPropertyOptional({ description: 'Why it was rejected; only when rejected' }) readonly reason?: string;
}

/** Who a person is in the centers' records, for the gateway to resolve their roles from. */
export class PersonResponse {
  @ApiProperty({ example: 'staff-jungbu' }) readonly userId!: string;
  @ApiProperty({ type: [PersonStaffResponse], description: 'The centers whose staff lists name the person now, by center id; empty for anyone else' })
  readonly staff!: readonly PersonStaffResponse[];
  @ApiProperty({ type: PersonApplicantResponse, nullable: true, description: 'null when the person never registered as an applicant' })
  readonly applicant!: PersonApplicantResponse | null;
}
