import { CenterId } from '../center-id';
import { CenterDetails } from './center-details';
import { StaffRole } from './center.commands';

export interface StaffMember {
  readonly userId: string;
  readonly name: string;
  readonly role: StaffRole;
}

export interface RegisteredCenter {
  readonly status: 'registered';
  readonly centerId: CenterId;
  readonly details: CenterDetails;
  /** In order of assignment. */
  readonly staff: readonly StaffMember[];
}

export type CenterState = { readonly status: 'unregistered' } | RegisteredCenter;
