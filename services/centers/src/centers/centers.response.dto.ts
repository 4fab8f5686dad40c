import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { STAFF_ROLES, StaffRole } from '@yunghap/centers-domain';
import { CENTER_ID_PATTERN } from '../shared/center-id.rule';

export class InstitutionResponse {
  @ApiProperty({ example: '광주TP', description: 'Authoritative name' }) readonly nameKo!: string;
  @ApiProperty({ example: 'Gwangju Technopark' }) readonly nameEn!: string;
}

export class StaffMemberResponse {
  @ApiProperty({ example: 'kim.minji' }) readonly userId!: string;
  @ApiProperty({ example: '김민지' }) readonly name!: string;
  @ApiProperty({ enum: STAFF_ROLES, example: 'coordinator' }) readonly role!: StaffRole;
}

/** A regional center with its staff in the order they were assigned. */
export class CenterResponse {
  @ApiProperty({ example: 'honam', pattern: CENTER_ID_PATTERN.source }) readonly centerId!: string;
  @ApiProperty({ example: '호남권', description: 'The region (권역) in Korean' }) readonly regionName!: string;
  @ApiProperty({ type: InstitutionResponse }) readonly institution!: InstitutionResponse;
  @ApiProperty({ type: [StaffMemberResponse] }) readonly staff!: readonly StaffMemberResponse[];
  @ApiProperty({ format: 'date-time', example: '2026-03-02T01:00:00.000Z' }) readonly registeredAt!: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T01:00:00.000Z', description: 'Last change of details or staff' }) readonly updatedAt!: string;
}

export class CenterPageResponse extends PageResponse(CenterResponse, 'By id') {}
