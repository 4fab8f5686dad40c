import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { AllocationStatus } from '@yunghap/grants-domain';
import { AllocationView } from './allocation-view.projection';

export const ALLOCATION_STATUSES: readonly AllocationStatus[] = ['requested', 'approved', 'rejected', 'released'];

export class AllocationResponse {
  @ApiProperty({ description: 'As the mentoring service issued it' }) readonly allocationId!: string;
  @ApiProperty({ enum: ALLOCATION_STATUSES, enumName: 'AllocationStatus' }) readonly status!: AllocationStatus;
  @ApiProperty({ type: 'integer', example: 2026, description: 'The program year' }) readonly year!: number;
  @ApiProperty() readonly engagementId!: string;
  @ApiProperty() readonly consortiumId!: string;
  @ApiProperty({ example: 'technology-cooperation-mentoring' }) readonly lineId!: string;
  @ApiProperty({ type: 'integer', example: 10_000_000, description: 'Whole won (always ₩10,000,000)' }) readonly amount!: number;
  @ApiProperty({ example: 'yunghap', description: 'The service that asked' }) readonly requestedBy!: string;
  @ApiProperty({ example: 'coord-kim', description: 'The coordinator who confirmed the engagement; may not approve' }) readonly confirmedBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly requestedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: 'fin-han', description: 'Who approved or rejected it; null while requested' }) readonly decidedBy!:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'budget-exhausted',
    description: 'Why it was rejected (budget-exhausted, declined) or released (free text); null otherwise',
  })
  readonly reason!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
}

/** The allocation as the API shows it: named by `allocationId`, without the read model's bookkeeping. */
export class AllocationPageResponse extends PageResponse(AllocationResponse, 'Oldest request first') {}

export function allocationResponse(view: AllocationView): AllocationResponse {
  const { allocationId, status, year, engagementId, consortiumId, lineId, amount, requestedBy, confirmedBy, requestedAt, decidedBy, reason, updatedAt } = view;
  return { allocationId, status, year, engagementId, consortiumId, lineId, amount, requestedBy, confirmedBy, requestedAt, decidedBy, reason, updatedAt };
}
