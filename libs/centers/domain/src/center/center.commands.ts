import { DomainCommand } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { CenterDetails } from './center-details';

/** Coordinators (전담 코디네이터) match technology partners and steer groups; staff do intake and follow-up. */
export const STAFF_ROLES = ['staff', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type RegisterCenter = DomainCommand<'RegisterCenter', { readonly centerId: CenterId } & CenterDetails>;

export type UpdateCenterDetails = DomainCommand<'UpdateCenterDetails', { readonly centerId: CenterId } & CenterDetails>;

export type AssignStaff = DomainCommand<
  'AssignStaff',
  { readonly centerId: CenterId; readonly userId: string; readonly name: string; readonly role: StaffRole }
>;

export type UnassignStaff = DomainCommand<'UnassignStaff', { readonly centerId: CenterId; readonly userId: string }>;

export type CenterCommand = RegisterCenter | UpdateCenterDetails | AssignStaff | UnassignStaff;
