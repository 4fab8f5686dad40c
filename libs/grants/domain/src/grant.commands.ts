import { DomainCommand, Won } from '@yunghap/kernel';
import { Tranche } from './disbursement-schedule';

/**
 * The evaluation outcome and the amount the consortium asked for are facts of other contexts;
 * the service reads them and passes them in.
 */
export type ProposeAward = DomainCommand<
  'ProposeAward',
  {
    readonly grantId: string;
    readonly year: number;
    readonly applicationId: string;
    readonly callId: string;
    readonly lineId: string;
    readonly amount: Won;
    readonly requestedWon: Won;
    readonly evaluationPassed: boolean;
    readonly schedule: readonly Tranche[];
  }
>;
export type ApproveAward = DomainCommand<'ApproveAward', { readonly grantId: string }>;
export type RejectAward = DomainCommand<'RejectAward', { readonly grantId: string; readonly reason: string }>;
export type ProposeDisbursement = DomainCommand<'ProposeDisbursement', { readonly grantId: string; readonly trancheId: string }>;
export type ApproveDisbursement = DomainCommand<'ApproveDisbursement', { readonly grantId: string; readonly trancheId: string }>;
export type RecoverFunds = DomainCommand<
  'RecoverFunds',
  { readonly grantId: string; readonly recoveryId: string; readonly amount: Won; readonly reason: string }
>;
export type CancelGrant = DomainCommand<'CancelGrant', { readonly grantId: string; readonly reason: string }>;

export type GrantCommand = ProposeAward | ApproveAward | RejectAward | ProposeDisbursement | ApproveDisbursement | RecoverFunds | CancelGrant;
