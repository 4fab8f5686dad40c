import { HUMAN_ROLES, RoleTable } from '@yunghap/kernel';
import type { CommitteeCommand } from './committee.commands';
import type { FormCommitteeWithMembers } from './committee-formation.decider';
import type { EvaluationRequestCommand } from './evaluation-request.decider';
import type { EvaluationCommand } from './evaluation.commands';
import type { KnownCallCommand } from './known-calls.decider';
import type { RecordRoutedCenters } from './known-centers.decider';
import type { RubricCommand } from './rubric.decider';

export type EvaluationCommandType =
  | CommitteeCommand['type']
  | FormCommitteeWithMembers['type']
  | EvaluationCommand['type']
  | RubricCommand['type']
  | EvaluationRequestCommand['type']
  | KnownCallCommand['type']
  | RecordRoutedCenters['type'];

/**
 * Who may issue each command of the evaluation context and make each read of its API; the
 * deciders and the controllers read this table and no other list. Scope (a member's own
 * committees, a center's own evaluations) is checked beside it, not here.
 */
export const EVALUATION_ROLES = {
  // Membership is a program decision.
  FormCommittee: ['program-manager'],
  FormCommitteeWithMembers: ['program-manager'],
  AddMember: ['program-manager'],
  RemoveMember: ['program-manager'],
  SetScoringDeadline: ['program-manager'],
  // A declaration is the member's own attestation: no one declares for them.
  DeclareRelationship: ['committee-member'],
  DefineRubric: ['program-manager'],
  // Whoever opens an evaluation locks its call's rubric.
  LockRubric: ['program-manager', 'system'],
  // A program manager opens, recuses from and abandons an evaluation, or the platform does in
  // reaction to another event (the application's screening or withdrawal, a member's declaration).
  OpenEvaluation: ['program-manager', 'system'],
  RecuseMember: ['program-manager', 'system'],
  AbandonEvaluation: ['program-manager', 'system'],
  SubmitScoresheet: ['committee-member'],
  SealScoresheet: ['committee-member'],
  // Closing is taken by someone who scores nothing: the kernel's roles have no committee chair,
  // and a member closing would decide when their own sheet stops being outnumbered.
  CloseEvaluation: ['program-manager'],
  // The service's own copies of other contexts' facts, recorded from their integration events.
  RequestEvaluation: ['system'],
  WithdrawFromEvaluation: ['system'],
  RecordCallOpened: ['system'],
  RecordCallClosed: ['system'],
  RecordRoutedCenters: ['system'],
  readCommittees: ['program-manager', 'auditor', 'committee-member'],
  // The criteria and weights a call is judged on are announced with it: applicants read them too.
  readRubric: HUMAN_ROLES,
  readEvaluations: ['program-manager', 'auditor', 'center-staff'],
  readEvaluation: ['program-manager', 'center-staff', 'committee-member'],
  readRanking: ['program-manager', 'finance', 'auditor', 'center-staff'],
  readWorkQueue: ['committee-member'],
  // The committees a person sits on: what the gateway resolves a committee member's token from.
  readMemberCommittees: ['gateway', 'program-manager', 'auditor'],
} as const satisfies RoleTable<EvaluationCommandType>;
