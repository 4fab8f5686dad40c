import { DomainEvent } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { CenterDetails } from './center-details';
import { StaffRole } from './center.commands';

// Each event carries the instant it took effect, so that "who staffed this center on a given
// day" can be answered from the events alone, without the store's metadata.

export type CenterRegistered = DomainEvent<'CenterRegistered', { readonly centerId: CenterId; readonly registeredAt: string } & CenterDetails>;

export type CenterDetailsUpdated = DomainEvent<'CenterDetailsUpdated', { readonly centerId: CenterId; readonly updatedAt: string } & CenterDetails>;

export type StaffAssigned = DomainEvent<
  'StaffAssigned',
  { readonly centerId: CenterId; readonly userId: string; readonly name: string; readonly role: StaffRole; readonly assignedAt: string }
>;

export type StaffUnassigned = DomainEvent<'StaffUnassigned', { readonly centerId: CenterId; readonly userId: string; readonly unassignedAt: string }>;

export type CenterEvent = CenterRegistered | CenterDetailsUpdated | StaffAssigned | StaffUnassigned;
