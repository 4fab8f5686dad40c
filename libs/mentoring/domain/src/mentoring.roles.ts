import { RoleTable } from '@yunghap/kernel';
import type { EngagementCommand } from './engagement.commands';
import type { MentorCommand } from './mentor.commands';

export type MentoringCommandType = MentorCommand['type'] | EngagementCommand['type'];

/**
 * Who may issue each command of the mentoring context and make each read of its API; the
 * deciders and the controllers read this table and no other list. Scope (a center's staff act on
 * their own center's engagements only) is checked beside it, not here.
 */
export const MENTORING_ROLES = {
  // The pool is national (one consultant pool serves all seven centers), so it is kept by
  // program managers and by any center's coordinators; no center owns a mentor.
  RegisterMentor: ['program-manager', 'center-staff'],
  UpdateExpertise: ['program-manager', 'center-staff'],
  DeclareRelationship: ['program-manager', 'center-staff'],
  RetireMentor: ['program-manager', 'center-staff'],
  // Coordinators (전담 코디네이터) are center staff.
  ProposeEngagement: ['center-staff'],
  ConfirmMentor: ['center-staff'],
  RequestAllocation: ['center-staff'],
  LogSession: ['center-staff'],
  CompleteEngagement: ['center-staff'],
  CancelEngagement: ['center-staff'],
  // Grants' answers arrive only through its integration events.
  RecordAllocationApproval: ['system'],
  RecordAllocationRejection: ['system'],
  // The mentor pool (consultants' names, expertise and ties) is open to the people who run the
  // program; not to applicants, whose mentor their center's coordinator proposes.
  readMentors: ['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor'],
  // Engagements spend program money, so finance and auditors follow them along with program
  // managers; center staff see their own center's only. Committee members have no part in them.
  readEngagements: ['program-manager', 'center-staff', 'finance', 'auditor'],
} as const satisfies RoleTable<MentoringCommandType>;
