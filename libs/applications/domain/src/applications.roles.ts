import { HUMAN_ROLES, RoleTable } from '@yunghap/kernel';
import type { ApplicationCommand } from './application.commands';
import type { CallCommand } from './call.commands';
import type { RecordProjectCap } from './program-policy-replica.decider';
import type { RecordProvinceRouting } from './routing-replica.decider';

export type ApplicationsCommandType = ApplicationCommand['type'] | CallCommand['type'] | RecordProvinceRouting['type'] | RecordProjectCap['type'];

/**
 * Who may issue each command of the applications context and make each read of its API; the
 * deciders and the controllers read this table and no other list. Scope (an applicant's own
 * firm, a center's own cases) is checked beside it, not here. `HUMAN_ROLES` (every person,
 * applicants included; never the gateway) only where every person may.
 */
export const APPLICATIONS_ROLES = {
  // Calls commit program money to a budget line: program managers only.
  OpenCall: ['program-manager'],
  AmendCall: ['program-manager'],
  CloseCall: ['program-manager'],
  // An applicant acts for the lead firm their token names (checked at the edge); whoever drafted
  // is the application's applicant, and only they revise, submit or withdraw it (the decider
  // compares the actor with the applicant).
  DraftApplication: ['applicant'],
  ReviseApplication: ['applicant'],
  SubmitApplication: ['applicant'],
  WithdrawApplication: ['applicant'],
  // Routing and starting an evaluation are steps of the platform's own processes; a program
  // manager may also take them by hand.
  RouteApplication: ['system', 'program-manager'],
  StartEvaluation: ['system', 'program-manager'],
  ReturnApplication: ['center-staff', 'program-manager'],
  ScreenApplication: ['center-staff', 'program-manager'],
  // Results and outcomes belong to other contexts and arrive only through their integration
  // events, as does the centers context's routing.
  RecordEvaluationResult: ['system'],
  RecordRecusal: ['system'],
  RecordExternalOutcome: ['system'],
  RecordProvinceRouting: ['system'],
  // The cap per project is the grants context's, recorded from its messages only.
  RecordProjectCap: ['system'],
  // What a call asks for, the caps it is screened against and where a province's applications
  // go: public to the program, applicants included.
  readCalls: HUMAN_ROLES,
  readRoutingMapping: HUMAN_ROLES,
  readProgramPolicy: HUMAN_ROLES,
  // An application is read by the applicants of its firms (lead or partner); see `assertMayRead`
  // for the other roles' scope.
  readApplication: HUMAN_ROLES,
  // The applications of the caller's firm.
  readOwnApplications: ['applicant'],
  readCenterApplications: ['center-staff', 'program-manager', 'finance', 'auditor'],
  // The committee's means and reasons, once recorded: the applicants of its firms, and the roles
  // that answer for the program to the applicant (its managers, its auditors, the center's staff).
  // Committee members read the scores in the evaluation service, not here; finance has no use for
  // them. `assertMayReadFeedback` refuses them after the lookup, so that an unknown id is 404 to all.
  readEvaluationFeedback: HUMAN_ROLES,
  // The roles that oversee the whole program read every center's cases.
  readAllApplications: ['program-manager', 'finance', 'auditor'],
  // Only the application's applicant replaces its business plan, as they revise it.
  AttachBusinessPlan: ['applicant'],
  // The business plan is read by those who work on the application: the applicants of its firms,
  // its center's staff, the members of its committee (see `assertMayRead` for the scope), and
  // the program's managers and auditors. Finance pays by the agreement, not the plan.
  readAttachment: ['applicant', 'center-staff', 'committee-member', 'program-manager', 'auditor'],
} as const satisfies RoleTable<ApplicationsCommandType>;
