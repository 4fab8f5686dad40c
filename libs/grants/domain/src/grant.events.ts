import { DomainEvent, Won } from '@yunghap/kernel';
import { Agreement } from './agreement';
import { Tranche } from './disbursement-schedule';
import { Recipient } from './recipient';
import { YearPart } from './year-parts';

/** A proposal charged to another line than its call's (`callLineId`), with the proposer's reason. */
export interface LineException {
  readonly callLineId: string;
  readonly reason: string;
}

/** `lineException` is absent when the award is charged to its call's line (and in proposals recorded before calls' lines were known). */
export type AwardProposed = DomainEvent<
  'AwardProposed',
  {
    readonly grantId: string;
    readonly year: number;
    readonly applicationId: string;
    readonly callId: string;
    readonly lineId: string;
    readonly lineException?: LineException;
    readonly amount: Won;
    readonly requestedWon: Won;
    readonly schedule: readonly Tranche[];
    readonly proposedBy: string;
    /** Absent in proposals recorded before awards named their recipient. */
    readonly recipient?: Recipient;
    /** The tranches summed by fiscal year. Absent in proposals recorded before, which meant one part: the whole amount in `year`. */
    readonly yearParts?: readonly YearPart[];
  }
>;
/** A second program manager approved the proposal's line exception: finance may now approve the award. */
export type LineExceptionApproved = DomainEvent<'LineExceptionApproved', { readonly grantId: string; readonly approvedBy: string }>;
/**
 * The award is made: `amount`, its part of the award's year, is committed on that year's line (see
 * README, "Cooperation"); zero, and nothing moves, when every tranche falls in a later year. The
 * later years' parts are `planned`: each is committed when its year's program opens
 * (`YearPartCommitted`). Approvals recorded before awards had year parts have no `planned`: `amount`
 * was then the whole award.
 */
export type AwardApproved = DomainEvent<
  'AwardApproved',
  {
    readonly grantId: string;
    readonly year: number;
    readonly lineId: string;
    readonly amount: Won;
    readonly planned?: readonly YearPart[];
    readonly approvedBy: string;
  }
>;
/** A planned part of a later fiscal year is committed on that year's line. */
export type YearPartCommitted = DomainEvent<
  'YearPartCommitted',
  { readonly grantId: string; readonly year: number; readonly lineId: string; readonly amount: Won }
>;
export type AwardRejected = DomainEvent<'AwardRejected', { readonly grantId: string; readonly reason: string; readonly rejectedBy: string }>;
export type AgreementRecorded = DomainEvent<'AgreementRecorded', { readonly grantId: string; readonly recordedBy: string } & Agreement>;
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
/** `year`: the fiscal year whose payments it recovers; absent before recoveries named it, when it was the award's year. */
export type RecoveryProposed = DomainEvent<
  'RecoveryProposed',
  {
    readonly grantId: string;
    readonly recoveryId: string;
    readonly amount: Won;
    readonly reason: string;
    readonly proposedBy: string;
    readonly year?: number;
  }
>;
/**
 * The money of a recovery is back on the line. Since recoveries follow four-eyes it is recorded when
 * finance approves a proposed recovery (`approvedBy`); before that, finance recovered alone and the
 * event came without a proposal and without `approvedBy` (such events stay valid).
 */
export type GrantFundsRecovered = DomainEvent<
  'GrantFundsRecovered',
  {
    readonly grantId: string;
    readonly year: number;
    readonly lineId: string;
    readonly recoveryId: string;
    readonly amount: Won;
    readonly reason: string;
    readonly approvedBy?: string;
  }
>;
export type RecoveryWithdrawn = DomainEvent<'RecoveryWithdrawn', { readonly grantId: string; readonly recoveryId: string; readonly withdrawnBy: string }>;
export type RecoveryRejected = DomainEvent<
  'RecoveryRejected',
  { readonly grantId: string; readonly recoveryId: string; readonly reason: string; readonly rejectedBy: string }
>;
/**
 * `releases`: for each committed fiscal year, what was committed and not disbursed, which goes back
 * to that year's line; `released` is their sum. Events recorded before awards had year parts have
 * no `releases`: `released` went back to the line of `year`.
 */
export type GrantCancelled = DomainEvent<
  'GrantCancelled',
  {
    readonly grantId: string;
    readonly year: number;
    readonly lineId: string;
    readonly released: Won;
    readonly releases?: readonly YearPart[];
    readonly reason: string;
  }
>;

export type GrantEvent =
  | AwardProposed
  | LineExceptionApproved
  | AwardApproved
  | YearPartCommitted
  | AwardRejected
  | AgreementRecorded
  | DisbursementProposed
  | DisbursementApproved
  | RecoveryProposed
  | GrantFundsRecovered
  | RecoveryWithdrawn
  | RecoveryRejected
  | GrantCancelled;
