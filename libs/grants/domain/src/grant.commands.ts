import { DomainCommand, Won } from '@yunghap/kernel';
import { Agreement } from './agreement';
import { Tranche } from './disbursement-schedule';
import { Recipient } from './recipient';

/** Charging an award to another line than its call's: a program manager's reasoned decision, approved by a second one. */
export interface LineExceptionRequest {
  readonly reason: string;
}

/**
 * The evaluation outcome, the amount the consortium asked for and the call's budget line
 * (`callLineId`) are facts of other contexts, the cap per project (`projectCap`) the program's
 * policy for the award's year; the service reads them and passes them in.
 */
export type ProposeAward = DomainCommand<
  'ProposeAward',
  {
    readonly grantId: string;
    readonly year: number;
    readonly applicationId: string;
    readonly callId: string;
    readonly lineId: string;
    readonly callLineId: string;
    readonly lineException?: LineExceptionRequest;
    readonly amount: Won;
    readonly requestedWon: Won;
    readonly projectCap: Won;
    readonly evaluationPassed: boolean;
    readonly schedule: readonly Tranche[];
    /** Absent only for an application whose submission reached grants before it named the consortium's firms. */
    readonly recipient?: Recipient;
  }
>;
export type ApproveLineException = DomainCommand<'ApproveLineException', { readonly grantId: string }>;
export type ApproveAward = DomainCommand<'ApproveAward', { readonly grantId: string }>;
export type RejectAward = DomainCommand<'RejectAward', { readonly grantId: string; readonly reason: string }>;
/** A program manager records the agreement (협약) an awarded task signed; tranches are paid only after it. */
export type RecordAgreement = DomainCommand<'RecordAgreement', { readonly grantId: string } & Agreement>;
export type ProposeDisbursement = DomainCommand<'ProposeDisbursement', { readonly grantId: string; readonly trancheId: string }>;
export type ApproveDisbursement = DomainCommand<'ApproveDisbursement', { readonly grantId: string; readonly trancheId: string }>;
/**
 * A recovery (clawback) under four-eyes: proposed with its amount and reason, approved by another
 * person in finance. It recovers the payments of one fiscal year (`year`; by default the latest
 * year with payments) and goes back to that year's line.
 */
export type ProposeRecovery = DomainCommand<
  'ProposeRecovery',
  { readonly grantId: string; readonly recoveryId: string; readonly amount: Won; readonly reason: string; readonly year?: number }
>;
export type ApproveRecovery = DomainCommand<'ApproveRecovery', { readonly grantId: string; readonly recoveryId: string }>;
export type WithdrawRecovery = DomainCommand<'WithdrawRecovery', { readonly grantId: string; readonly recoveryId: string }>;
export type RejectRecovery = DomainCommand<'RejectRecovery', { readonly grantId: string; readonly recoveryId: string; readonly reason: string }>;
export type CancelGrant = DomainCommand<'CancelGrant', { readonly grantId: string; readonly reason: string }>;
/** Commits an awarded grant's planned part of `year` on that year's line, once that year's program is open. */
export type CommitYearPart = DomainCommand<'CommitYearPart', { readonly grantId: string; readonly year: number }>;

export type RecoveryCommand = ProposeRecovery | ApproveRecovery | WithdrawRecovery | RejectRecovery;

export type GrantCommand =
  | ProposeAward
  | ApproveLineException
  | ApproveAward
  | RejectAward
  | RecordAgreement
  | ProposeDisbursement
  | ApproveDisbursement
  | RecoveryCommand
  | CancelGrant
  | CommitYearPart;
