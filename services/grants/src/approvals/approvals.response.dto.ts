import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { APPROVAL_KINDS, ApprovalKind } from './approval-queue';

export class ApprovalRefusalResponse {
  @ApiProperty({ example: 'GRANT.FOUR_EYES' }) readonly code!: string;
  @ApiProperty({ description: "The domain's words for it" }) readonly detail!: string;
}

export class PendingApprovalResponse {
  @ApiProperty({
    enum: APPROVAL_KINDS,
    description: 'What would be approved: an award, its line exception, a tranche payment, a recovery or a mentoring allocation',
  })
  readonly kind!: ApprovalKind;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) readonly grantId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 't1' }) readonly trancheId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly recoveryId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly allocationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly applicationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly callId!: string | null;
  @ApiProperty({ example: 'it-convergence' }) readonly lineId!: string;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly amountWon!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Who proposed or requested it; null for a tranche proposed before proposers were recorded' })
  readonly proposedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The proposal's reason (a recovery's, a line exception's)" }) readonly reason!: string | null;
  @ApiProperty({
    description: 'Whether the caller may approve it now: the domain asked without recording anything (the line’s money is checked only on approval)',
  })
  readonly mayApprove!: boolean;
  @ApiProperty({
    description:
      'Whether the caller may turn it down with a reason now (an award: POST …/rejection; a recovery: …/recoveries/{id}/rejection; an allocation: …/allocations/{id}/rejection); always false for line exceptions and tranche payments, which have no rejection of their own',
  })
  readonly mayReject!: boolean;
  @ApiProperty({ type: ApprovalRefusalResponse, nullable: true, description: 'Why not (four-eyes, role, a pending line exception); null when they may' })
  readonly refusal!: ApprovalRefusalResponse | null;
}

export class PendingApprovalPageResponse extends PageResponse(
  PendingApprovalResponse,
  'Awards (each after its line exception), then tranches and recoveries, then allocations',
) {}
