import { RoleTable } from '@yunghap/kernel';
import type { BudgetLineCommand } from './budget-line.commands';
import type { CallLineCommand } from './call-line.decider';
import type { CandidateCommand } from './candidate.decider';
import type { GrantCommand } from './grant.commands';
import type { AllocationCommand } from './mentoring-allocation.commands';
import type { ProgramCommand } from './program.commands';

export type GrantsCommandType =
  ProgramCommand['type'] | BudgetLineCommand['type'] | GrantCommand['type'] | AllocationCommand['type'] | CandidateCommand['type'] | CallLineCommand['type'];

/**
 * Who may issue each command of the grants context and make each read of its API; the deciders
 * and the controllers read this table and no other list. Four-eyes (whoever proposes does not
 * approve) is checked beside it, by the deciders.
 */
export const GRANTS_ROLES = {
  // The yearly program and its seeded lines are also opened by the platform itself at start.
  OpenProgram: ['program-manager', 'system'],
  // The cap per project is the program's policy: a program manager changes it, with a reason.
  SetProjectCap: ['program-manager'],
  DefineBudgetLine: ['program-manager', 'system'],
  OpenBudgetLine: ['program-manager', 'system'],
  TransferBetweenLines: ['program-manager'],
  // The platform commits a later year's planned part when it opens that year's program (`CommitYearPart`).
  CommitToLine: ['finance', 'system'],
  DisburseFromLine: ['finance'],
  RecoverToLine: ['finance'],
  // A release follows a grant cancellation (program manager), an allocation release (the mentoring service) or finance.
  ReleaseFromLine: ['program-manager', 'finance', 'system'],
  TransferOutOfLine: ['program-manager'],
  TransferIntoLine: ['program-manager'],
  ProposeAward: ['program-manager'],
  // A proposal charged to another line than its call's waits for a second program manager.
  ApproveLineException: ['program-manager'],
  ApproveAward: ['finance'],
  RejectAward: ['program-manager', 'finance'],
  // The agreement (협약) the awarded task signed, recorded by the program manager; tranches are paid only after it.
  RecordAgreement: ['program-manager'],
  ProposeDisbursement: ['program-manager', 'finance'],
  ApproveDisbursement: ['finance'],
  // A recovery is proposed by finance or a program manager and approved by finance, not the proposer; only its proposer withdraws it.
  ProposeRecovery: ['program-manager', 'finance'],
  ApproveRecovery: ['finance'],
  WithdrawRecovery: ['program-manager', 'finance'],
  RejectRecovery: ['finance'],
  CancelGrant: ['program-manager'],
  // A later year's part of an award: committed by the platform when that year's program opens, or by finance.
  CommitYearPart: ['finance', 'system'],
  // Mentoring asks through its integration events; finance decides.
  RequestAllocation: ['system'],
  ApproveAllocation: ['finance'],
  // The grants service itself records `budget-exhausted` when the line refuses the commitment.
  RejectAllocation: ['finance', 'system'],
  ReleaseAllocation: ['system', 'finance'],
  // Selection facts come from other services only.
  NoteSelectionFact: ['system'],
  NoteCallLine: ['system'],
  // The application's one active grant: taken by a proposal (and by finance's approval), freed by a rejection or a cancellation.
  ReserveAward: ['program-manager', 'finance'],
  ReleaseAward: ['program-manager', 'finance'],
  // The program and its lines with their money, and what is committed on them.
  readBudget: ['program-manager', 'finance', 'auditor'],
  readCandidates: ['program-manager', 'finance', 'auditor'],
  readWhatIf: ['program-manager', 'finance'],
  readGrants: ['program-manager', 'finance', 'auditor'],
  readAllocations: ['program-manager', 'finance', 'auditor'],
  // The decisions waiting for a second person: finance works them, program managers approve line exceptions, auditors read.
  readApprovals: ['program-manager', 'finance', 'auditor'],
  readBudgetCheck: ['finance', 'auditor'],
  // A grant's decision chain, the budget at a past instant, a line's ledger, the hash chains.
  readAudit: ['finance', 'auditor'],
  // The ministry's reports: counts and amounts by center, province, call or line, at any instant.
  readReports: ['program-manager', 'finance', 'auditor'],
} as const satisfies RoleTable<GrantsCommandType>;
