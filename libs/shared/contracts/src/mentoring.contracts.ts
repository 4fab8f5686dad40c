import { Equals, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';

/** The mentoring service asks grants for one mentoring allocation (always ₩10,000,000) for an engagement. */
export class AllocationRequestedPayload {
  @IsString() readonly allocationId!: string;
  @IsString() readonly engagementId!: string;
  @IsString() readonly centerId!: string;
  /** The consortium the engagement mentors (it may not have applied yet, so this is not an application id). */
  @IsString() readonly consortiumId!: string;
  /**
   * The application the engagement accompanies, absent for a consortium still forming: the
   * ministry's reports place the allocation under its call and province. Added to version 1: older messages lack it.
   */
  @IsOptional() @IsString() readonly applicationId?: string;
  @Equals(10_000_000) readonly amountWon!: number;
  /** The coordinator who confirmed the engagement: four-eyes keeps them from approving it. */
  @IsString() readonly confirmedBy!: string;
  @IsISO8601({ strict: true }) readonly requestedAt!: string;
}

/** An engagement cancelled before completion gives its unspent allocation back. */
export class AllocationReleaseRequestedPayload {
  @IsString() readonly allocationId!: string;
  @IsString() readonly engagementId!: string;
  @IsString() @Matches(/\S/) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly requestedAt!: string;
}

export const AllocationRequestedV1: ContractDefinition<AllocationRequestedPayload> = {
  type: 'mentoring.AllocationRequested',
  schemaVersion: 1,
  topic: TOPICS.mentoring,
  payload: AllocationRequestedPayload,
};

export const AllocationReleaseRequestedV1: ContractDefinition<AllocationReleaseRequestedPayload> = {
  type: 'mentoring.AllocationReleaseRequested',
  schemaVersion: 1,
  topic: TOPICS.mentoring,
  payload: AllocationReleaseRequestedPayload,
};
