import { RoleTable } from '@yunghap/kernel';
import type { ApplicantCommand } from './applicant/applicant.commands';
import type { CenterCommand } from './center/center.commands';
import type { RoutingCommand } from './routing/routing.commands';

export type CentersCommandType = CenterCommand['type'] | RoutingCommand['type'] | ApplicantCommand['type'];

/**
 * Who may issue each command of the centers context and make each read of its API; the deciders
 * and the controllers read this table and no other list.
 */
export const CENTERS_ROLES = {
  // Centers are seeded by the platform at start-up and looked after by program managers; center
  // staff must not be able to staff their own center or rename it.
  RegisterCenter: ['program-manager', 'system'],
  UpdateCenterDetails: ['program-manager', 'system'],
  AssignStaff: ['program-manager', 'system'],
  UnassignStaff: ['program-manager', 'system'],
  // The platform seeds the mapping at start-up; afterwards it is a program decision.
  InitialiseRouting: ['program-manager', 'system'],
  ReassignProvince: ['program-manager'],
  // A center's page lists its staff (who they are, their user ids): for the people who run the
  // program, not for applicants, who learn their center from their registration.
  readCenters: ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'],
  // The mapping's history names who changed it; applicants read the mapping applications routes by.
  readRouting: ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'],
  // The gateway registers a signed-in person, who has no role until the registration is confirmed.
  RegisterApplicant: ['gateway'],
  // Staff of the firm's center (the decider checks the center) or a program manager.
  ConfirmApplicant: ['center-staff', 'program-manager'],
  RejectApplicant: ['center-staff', 'program-manager'],
  readApplicants: ['center-staff', 'program-manager', 'auditor'],
  // Who a person is in the centers' records (staff lists, applicant registration): what the gateway resolves roles from.
  readPeople: ['gateway', 'program-manager', 'auditor'],
} as const satisfies RoleTable<CentersCommandType>;
