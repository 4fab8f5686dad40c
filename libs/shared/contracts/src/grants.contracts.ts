import { Equals, IsIn, IsISO8601, IsString } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';
import { defineUpcaster } from './upcaster';
import { IsWon } from './validators';

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

/** What an award proposal names, in every version of its message. */
export abstract class AwardProposalFields {
  @IsString() readonly grantId!: string;
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly lineId!: string;
  @IsWon() readonly amountWon!: number;
}

/**
 * A program manager selected a passed application and proposed its award; finance has not
 * approved it yet (`grants.GrantApproved`), so no money is committed. Keyed by `applicationId`
 * on the topic, so every grant message of one application stays in order.
 */
export class AwardProposedPayload extends AwardProposalFields {
  @IsISO8601({ strict: true }) readonly proposedAt!: string;
}

/** @deprecated The V1 shape of `AwardProposedPayload`, read only by its upcaster. */
export class GrantAwardedPayload extends AwardProposalFields {
  @IsISO8601({ strict: true }) readonly awardedAt!: string;
}

/** Finance approved the award (four-eyes): its amount is committed on the budget line. */
export class GrantApprovedPayload {
  @IsString() readonly grantId!: string;
  @IsString() readonly applicationId!: string;
  @IsWon() readonly amountWon!: number;
  @IsISO8601({ strict: true }) readonly approvedAt!: string;
}

/** The proposed award was turned down before any money was committed. */
export class GrantRejectedPayload {
  @IsString() readonly grantId!: string;
  @IsString() readonly applicationId!: string;
  @IsString() readonly reason!: string;
  @IsISO8601({ strict: true }) readonly rejectedAt!: string;
}

/** An approved grant was cancelled; `releasedWon` (committed, not disbursed) went back to the line. */
export class GrantCancelledPayload {
  @IsString() readonly grantId!: string;
  @IsString() readonly applicationId!: string;
  @IsWon() readonly releasedWon!: number;
  @IsString() readonly reason!: string;
  @IsISO8601({ strict: true }) readonly cancelledAt!: string;
}

export const AwardProposedV2: ContractDefinition<AwardProposedPayload> = {
  type: 'grants.AwardProposed',
  schemaVersion: 2,
  topic: TOPICS.grants,
  payload: AwardProposedPayload,
};

/**
 * @deprecated Named as if the grant were awarded when it was only proposed; replaced by
 * `AwardProposedV2`. Kept because outboxes, topics and dead-letter topics still hold V1 messages:
 * only `awardProposedFromGrantAwarded` reads it, and nothing publishes it any more.
 */
export const GrantAwardedV1: ContractDefinition<GrantAwardedPayload> = {
  type: 'grants.GrantAwarded',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: GrantAwardedPayload,
};

/** Reads a stored `grants.GrantAwarded` v1 as the proposal it always was. */
export const awardProposedFromGrantAwarded = defineUpcaster({
  from: GrantAwardedV1,
  to: AwardProposedV2,
  upcast: ({ awardedAt, ...fields }) => ({ ...fields, proposedAt: awardedAt }),
});

export const GrantApprovedV1: ContractDefinition<GrantApprovedPayload> = {
  type: 'grants.GrantApproved',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: GrantApprovedPayload,
};

export const GrantRejectedV1: ContractDefinition<GrantRejectedPayload> = {
  type: 'grants.GrantRejected',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: GrantRejectedPayload,
};

export const GrantCancelledV1: ContractDefinition<GrantCancelledPayload> = {
  type: 'grants.GrantCancelled',
  schemaVersion: 1,
  topic: TOPICS.grants,
  payload: GrantCancelledPayload,
};
