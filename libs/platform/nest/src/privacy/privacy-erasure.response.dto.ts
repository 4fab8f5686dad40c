import { ApiProperty } from '@nestjs/swagger';

export class ErasureActorResponse {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly role!: string;
}

/** An erasure request as its events record it. */
export class ErasureRequestResponse {
  @ApiProperty({ format: 'uuid' }) readonly requestId!: string;
  @ApiProperty({ example: 'applicant:u-7f3a' }) readonly subject!: string;
  @ApiProperty({ enum: ['proposed', 'approved', 'rejected'], description: 'approved: the person’s key is destroyed and the read models rebuilt' })
  readonly status!: 'proposed' | 'approved' | 'rejected';
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ format: 'date-time', description: 'When the retention period of the data ended' }) readonly retentionEndedAt!: string;
  @ApiProperty({ type: ErasureActorResponse }) readonly proposedBy!: ErasureActorResponse;
  @ApiProperty({ format: 'date-time' }) readonly proposedAt!: string;
  @ApiProperty({ type: ErasureActorResponse, nullable: true, description: 'The second program manager, who approved or rejected it' })
  readonly decidedBy!: ErasureActorResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected' }) readonly rejectionReason!: string | null;
}

export class ErasureRequestListResponse {
  @ApiProperty({ type: [ErasureRequestResponse], description: 'Every request of this service, oldest first' })
  readonly items!: ErasureRequestResponse[];
}
