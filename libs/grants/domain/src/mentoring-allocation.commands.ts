import { DomainCommand, Won } from '@yunghap/kernel';

/** Where the engagement belongs, for the ministry's reports; absent in requests recorded before grants kept it. */
export interface AllocationPlace {
  /** The regional center whose coordinator confirmed the engagement. */
  readonly centerId?: string;
  /** The application the engagement accompanies; absent for a consortium still forming. */
  readonly applicationId?: string;
}

/** Sent by the mentoring service (`system`) once a coordinator (`confirmedBy`) has confirmed the engagement. */
export type RequestAllocation = DomainCommand<
  'RequestAllocation',
  {
    readonly allocationId: string;
    readonly year: number;
    readonly engagementId: string;
    readonly consortiumId: string;
    readonly lineId: string;
    readonly amount: Won;
    readonly confirmedBy: string;
  } & AllocationPlace
>;
export type ApproveAllocation = DomainCommand<'ApproveAllocation', { readonly allocationId: string }>;
/** `budget-exhausted` is recorded when the line refused the commitment; `declined` is finance's own decision. */
export type AllocationRejectionReason = 'budget-exhausted' | 'declined';
export type RejectAllocation = DomainCommand<
  'RejectAllocation',
  { readonly allocationId: string; readonly reason: AllocationRejectionReason; readonly note?: string }
>;
/** The engagement was cancelled: what the line still holds committed for it goes back to available. */
export type ReleaseAllocation = DomainCommand<'ReleaseAllocation', { readonly allocationId: string; readonly reason: string }>;

export type AllocationCommand = RequestAllocation | ApproveAllocation | RejectAllocation | ReleaseAllocation;
