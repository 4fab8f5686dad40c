import { DomainEvent, Won } from '@yunghap/kernel';
import { AllocationPlace, AllocationRejectionReason } from './mentoring-allocation.commands';

export type AllocationRequested = DomainEvent<
  'AllocationRequested',
  {
    readonly allocationId: string;
    readonly year: number;
    readonly engagementId: string;
    readonly consortiumId: string;
    readonly lineId: string;
    readonly amount: Won;
    readonly confirmedBy: string;
    readonly requestedBy: string;
  } & AllocationPlace
>;
export type AllocationApproved = DomainEvent<
  'AllocationApproved',
  { readonly allocationId: string; readonly year: number; readonly lineId: string; readonly amount: Won; readonly approvedBy: string }
>;
export type AllocationRejected = DomainEvent<
  'AllocationRejected',
  { readonly allocationId: string; readonly reason: AllocationRejectionReason; readonly note?: string; readonly rejectedBy: string }
>;
export type AllocationReleased = DomainEvent<
  'AllocationReleased',
  { readonly allocationId: string; readonly year: number; readonly lineId: string; readonly reason: string }
>;

export type AllocationEvent = AllocationRequested | AllocationApproved | AllocationRejected | AllocationReleased;
