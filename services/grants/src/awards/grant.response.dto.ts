import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { GrantStatus, TrancheState, TrancheStatus } from '@yunghap/grants-domain';
import { GrantView } from './grant-view.projection';

const GRANT_STATUSES: readonly GrantStatus[] = ['proposed', 'rejected', 'awarded', 'cancelled'];
const TRANCHE_STATUSES: readonly TrancheStatus[] = ['scheduled', 'proposed', 'disbursed', 'void'];

export class TrancheResponse {
  @ApiProperty({ example: 't1' }) readonly trancheId!: string;
  @ApiProperty({ example: '2026-07-01', description: 'Due day (YYYY-MM-DD)' }) readonly dueOn!: string;
  @ApiProperty({ type: 'integer', example: 150_000_000, description: 'Whole won' }) readonly amount!: number;
  @ApiProperty({ enum: TRANCHE_STATUSES, enumName: 'TrancheStatus', description: 'void: never to be paid, the grant was cancelled' })
  readonly status!: TrancheStatus;
  @ApiPropertyOptional({ example: 'fin-han', description: 'Who proposed the payment; present once it is proposed or disbursed' }) readonly proposedBy?: string;
}

export class GrantResponse {
  @ApiProperty({ format: 'uuid' }) readonly grantId!: string;
  @ApiProperty({ enum: GRANT_STATUSES, enumName: 'GrantStatus' }) readonly status!: GrantStatus;
  @ApiProperty({ type: 'integer', example: 2026, description: 'The program year' }) readonly year!: number;
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ example: 'call-2026-it' }) readonly callId!: string;
  @ApiProperty({ example: 'it-convergence' }) readonly lineId!: string;
  @ApiProperty({ type: 'integer', example: 400_000_000, description: 'The award, whole won' }) readonly amount!: number;
  @ApiProperty({ example: 'pm-park' }) readonly proposedBy!: string;
  @ApiProperty({ type: String, nullable: true, example: 'fin-han', description: 'Null until finance approves' }) readonly approvedBy!: string | null;
  @ApiProperty({ type: [TrancheResponse] }) readonly tranches!: readonly TrancheResponse[];
  @ApiProperty({ type: 'integer', example: 150_000_000, description: 'Paid out so far, whole won' }) readonly disbursed!: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Clawed back so far, whole won' }) readonly recovered!: number;
  @ApiProperty({ format: 'date-time', description: 'When the last decision on the grant was recorded' }) readonly updatedAt!: string;
}

function trancheResponse({ trancheId, dueOn, amount, status, proposedBy }: TrancheState): TrancheResponse {
  // A void tranche forgets its proposer; stored in MongoDB the forgotten value may come back as null.
  return { trancheId, dueOn, amount, status, ...(typeof proposedBy === 'string' ? { proposedBy } : {}) };
}

/** The grant as the API shows it: named by `grantId`, without the read model's bookkeeping. */
export class GrantPageResponse extends PageResponse(GrantResponse, 'Most recently decided first') {}

export function grantResponse(view: GrantView): GrantResponse {
  const { grantId, status, year, applicationId, callId, lineId, amount, proposedBy, approvedBy, disbursed, recovered, updatedAt } = view;
  return {
    grantId,
    status,
    year,
    applicationId,
    callId,
    lineId,
    amount,
    proposedBy,
    approvedBy,
    tranches: view.tranches.map(trancheResponse),
    disbursed,
    recovered,
    updatedAt,
  };
}
