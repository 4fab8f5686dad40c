import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EngagementStatus, MAX_SESSION_MINUTES, RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/mentoring-domain';
import { PageResponse } from '@yunghap/platform-nest';
import { ENGAGEMENT_STATUSES } from './engagement-statuses';

export class ConsortiumFirmResponse {
  @ApiProperty({ example: '2208100001' }) readonly registrationNumber!: string;
  @ApiProperty({ example: 'C26110' }) readonly industryCode!: string;
}

export class ConsortiumResponse {
  @ApiProperty({ example: 'consortium-2025-017' }) readonly consortiumId!: string;
  @ApiPropertyOptional({ example: 'application-2025-017', description: 'Absent for a consortium that has not applied' }) readonly applicationId?: string;
  @ApiProperty({ type: [ConsortiumFirmResponse] }) readonly firms!: readonly ConsortiumFirmResponse[];
  @ApiProperty({ type: [String], example: ['battery-management', 'iot-sensing'] }) readonly technologyFields!: readonly string[];
}

export class MentorMatchResponse {
  @ApiProperty() readonly mentorId!: string;
  @ApiProperty({ type: [String], description: 'The task’s technology fields the mentor lists' }) readonly matchedFields!: readonly string[];
  @ApiProperty({ type: [String], description: 'The consortium’s industry codes one of the mentor’s codes covers' })
  readonly matchedIndustries!: readonly string[];
}

const EXCLUSION_KINDS = ['same-firm', 'declared-relationship', 'retired', 'no-overlap'] as const;

/** One ground for leaving a mentor out; `firm` comes with the conflicts, `relationship` with a declared tie. */
export class ExclusionReasonResponse {
  @ApiProperty({ enum: EXCLUSION_KINDS }) readonly kind!: (typeof EXCLUSION_KINDS)[number];
  @ApiPropertyOptional({ example: '2208100001', description: 'The member firm in conflict (same-firm, declared-relationship)' }) readonly firm?: string;
  @ApiPropertyOptional({ enum: RELATIONSHIP_KINDS, description: 'The declared tie (declared-relationship)' }) readonly relationship?: RelationshipKind;
}

export class MentorExclusionResponse {
  @ApiProperty() readonly mentorId!: string;
  @ApiProperty({ type: [ExclusionReasonResponse] }) readonly reasons!: readonly ExclusionReasonResponse[];
}

export class AllocationResponse {
  @ApiProperty() readonly allocationId!: string;
  @ApiProperty({ type: 'integer', example: 10_000_000 }) readonly amountWon!: number;
  @ApiProperty({ enum: ['requested', 'approved', 'rejected', 'release-requested'] }) readonly status!:
    'requested' | 'approved' | 'rejected' | 'release-requested';
  @ApiProperty({ description: 'The coordinator who asked' }) readonly requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When grants answered; null until then' }) readonly answeredAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'budget-exhausted',
    description: 'Grants’ reason (budget-exhausted, declined) when rejected; null otherwise',
  })
  readonly rejectionReason!: string | null;
}

export class SessionResponse {
  @ApiProperty() readonly sessionId!: string;
  @ApiProperty({ format: 'date', example: '2025-04-03' }) readonly date!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_SESSION_MINUTES }) readonly minutes!: number;
  @ApiProperty() readonly topic!: string;
  @ApiProperty() readonly outcome!: string;
}

export class CompletionResponse {
  @ApiProperty() readonly report!: string;
  @ApiProperty({ format: 'date-time' }) readonly completedAt!: string;
}

export class CancellationResponse {
  @ApiProperty() readonly reason!: string;
  @ApiProperty() readonly cancelledBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly cancelledAt!: string;
}

export class EngagementResponse {
  @ApiProperty({ example: '6f1c2d9e-5b7e-4d7a-9c55-2f1e3a4b5c6d' }) readonly engagementId!: string;
  @ApiProperty({ example: 'honam' }) readonly centerId!: string;
  @ApiProperty({ type: ConsortiumResponse }) readonly consortium!: ConsortiumResponse;
  @ApiProperty({ enum: ENGAGEMENT_STATUSES }) readonly status!: EngagementStatus;
  @ApiProperty({ type: [MentorMatchResponse], description: 'Best first, with the overlaps that placed each candidate' })
  readonly candidates!: readonly MentorMatchResponse[];
  @ApiProperty({ type: [MentorExclusionResponse], description: 'Every active mentor left out, with every reason' })
  readonly excluded!: readonly MentorExclusionResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'The confirmed mentor; null until confirmed' }) readonly mentorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The coordinator who confirmed the mentor' }) readonly confirmedBy!: string | null;
  @ApiProperty({ type: [AllocationResponse], description: 'Every request to grants, oldest first' }) readonly allocations!: readonly AllocationResponse[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The Korean day grants approved the allocation' }) readonly startedOn!:
    string | null;
  @ApiProperty({ type: [SessionResponse] }) readonly sessions!: readonly SessionResponse[];
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly totalMinutes!: number;
  @ApiProperty({ type: CompletionResponse, nullable: true }) readonly completion!: CompletionResponse | null;
  @ApiProperty({ type: CancellationResponse, nullable: true }) readonly cancellation!: CancellationResponse | null;
  @ApiProperty({ description: 'The coordinator who proposed it' }) readonly proposedBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly proposedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
}

export class EngagementPageResponse extends PageResponse(EngagementResponse, 'Newest proposal first') {}
