import { HUMAN_ROLES, RoleTable } from '@yunghap/kernel';
import type { CenterCommand } from './center/center.commands';
import type { RoutingCommand } from './routing/routing.commands';

export type CentersCommandType = CenterCommand['type'] | RoutingCommand['type'];

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
  readCenters: HUMAN_ROLES,
  readRouting: HUMAN_ROLES,
} as const satisfies RoleTable<CentersCommandType>;
