import { Equals, IsIn, IsISO8601, IsString } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';

/** Finance approved a mentoring allocation (four-eyes): the engagement may start. */
export class AllocationApprovedPayload {
  @IsString() readonly allocationId!: string;
  @IsString() readonly engagementId!: string;
  @Equals(10_000_000) readonly amountWon!: number;
  @IsISO8601({ strict: true }) readonly approvedAt!: string;
}

export class AllocationRejectedPayload {
  @IsString() readonly allocationId!: string;
  @IsString() readonly engagementId!: string;
  @IsIn(['budget-exhausted', 'declined']) readonly reason!: 'budget-exhausted' | 'declined';
  @IsISO8601({ strict: true }) readonly rejectedAt!: string;
}

export const AllocationApprovedV1: ContractDefinition<AllocationApprovedPayload> = {
  type: 'grants.AllocationApproved',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: AllocationApprovedPayload,
};

export const AllocationRejectedV1: ContractDefinition<AllocationRejectedPayload> = {
  type: 'grants.AllocationRejected',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: AllocationRejectedPayload,
};
