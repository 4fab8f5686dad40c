import { ApiProperty } from '@nestjs/swagger';
import { NEXT_STEPS, NextStepKind } from './grant-next-steps';

export class NextStepResponse {
  @ApiProperty({
    enum: NEXT_STEPS,
    enumName: 'GrantNextStep',
    description:
      'record-agreement: POST …/agreement; propose-payment: POST …/tranches/{trancheId}/proposal; propose-recovery: POST …/recoveries; withdraw-recovery: POST …/recoveries/{recoveryId}/withdrawal; cancel: POST …/cancellation',
  })
  readonly step!: NextStepKind;
  @ApiProperty({ type: String, nullable: true, example: 't1', description: 'The tranche, for propose-payment' }) readonly trancheId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The recovery, for withdraw-recovery' }) readonly recoveryId!: string | null;
}

export class NextStepsResponse {
  @ApiProperty({
    type: [NextStepResponse],
    description:
      'What the caller may do on the grant now, asked of the domain without recording anything (role, status, agreement, four-eyes, money left to recover); approvals and rejections are in GET /api/grants/approvals',
  })
  readonly steps!: readonly NextStepResponse[];
}
