import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { MENTOR_KINDS, MentorKind, RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/mentoring-domain';

export class ExpertiseResponse {
  @ApiProperty({ type: [String], example: ['battery-management'] }) readonly fields!: readonly string[];
  @ApiProperty({ type: [String], example: ['C26', 'D'], description: 'KSIC sections or divisions' }) readonly industries!: readonly string[];
}

export class AffiliationResponse {
  @ApiPropertyOptional({ example: '1248100998', description: 'Business registration number; absent for a mentor of an institution only' })
  readonly firm?: string;
  @ApiPropertyOptional({ example: '한국전자통신연구원' }) readonly institution?: string;
}

export class RelationshipResponse {
  @ApiProperty({ example: '2208100001' }) readonly firm!: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) readonly kind!: RelationshipKind;
}

export class RetirementResponse {
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ format: 'date-time' }) readonly retiredAt!: string;
}

export class MentorResponse {
  @ApiProperty({ example: '0b6c2d9e-5b7e-4d7a-9c55-2f1e3a4b5c6d' }) readonly mentorId!: string;
  @ApiProperty({ enum: ['active', 'retired'] }) readonly status!: 'active' | 'retired';
  @ApiProperty({ enum: MENTOR_KINDS }) readonly kind!: MentorKind;
  @ApiProperty({ example: '정하늘' }) readonly name!: string;
  @ApiProperty({ type: ExpertiseResponse }) readonly expertise!: ExpertiseResponse;
  @ApiProperty({ type: AffiliationResponse }) readonly affiliation!: AffiliationResponse;
  @ApiProperty({ type: [RelationshipResponse], description: 'Declared ties with firms, in declaration order' })
  readonly relationships!: readonly RelationshipResponse[];
  @ApiProperty({ format: 'date-time' }) readonly registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
  @ApiProperty({ type: RetirementResponse, nullable: true, description: 'null while the mentor is active' }) readonly retirement!: RetirementResponse | null;
}

export class MentorPageResponse extends PageResponse(MentorResponse, 'By name, then id') {}
