import { DomainEvent, Won } from '@yunghap/kernel';
import { Tranche } from './disbursement-schedule';

export type AwardProposed = DomainEvent<
  'AwardProposed',
  {
    readonly grantId: string;
    readonly year: number;
    readonly applicationId: string;
    readonly callId: string;
    readonly lineId: string;
    readonly amount: Won;
    readonly requestedWon: Won;
    readonly schedule: readonly Tranche[];
    readonly proposedBy: string;
  }
>;
/** The award is made: its amount is committed on the line (see README, "Cooperation"). */
export type AwardApproved = DomainEvent<
  'AwardApproved',
  { readonly grantId: string; readonly year: number; readonly lineId: string; readonly amount: Won; readonly approvedBy: string }
>;
export type AwardRejected = DomainEvent<'AwardRejected', { readonly grantId: string; readonly reason: string; readonly rejectedBy: string }>;
export type DisbursementProposed = DomainEvent<
  'DisbursementProposed',
  { readonly grantId: string; readonly trancheId: string; readonly amount: Won; readonly proposedBy: string }
>;
export type DisbursementApproved = DomainEvent<
  'DisbursementApproved',
  {
    readonly grantId: string;
    readonly year: number;
    readonly lineId: string;
    readonly trancheId: string;
    readonly amount: Won;
    readonly approvedBy: string;
  }
>;
export type GrantFundsRecovered = DomainEvent<
  'GrantFundsRecovered',
  {
    readonly grantId: string;
    readonly year: number;
    readonly lineId: string;
    readonly recoveryId: string;
    readonly amount: Won;
    readonly reason: string;
  }
>;
/** `released` is what was committed and not disbursed; it goes back to the line's available money. */
export type GrantCancelled = DomainEvent<
  'GrantCancelled',
  { readonly grantId: string; readonly year: number; readonly lineId: string; readonly released: Won; readonly reason: string }
>;

export type GrantEvent = AwardProposed | AwardApproved | AwardRejected | DisbursementProposed | DisbursementApproved | GrantFundsRecovered | GrantCancelled;
