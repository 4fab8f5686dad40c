import { Won } from '@yunghap/kernel';
import { Agreement } from './agreement';
import { Tranche } from './disbursement-schedule';
import { LineException } from './grant.events';
import { Recipient } from './recipient';
import { YearPartState } from './year-parts';

export type TrancheStatus = 'scheduled' | 'proposed' | 'disbursed' | 'void';

export interface TrancheState extends Tranche {
  readonly status: TrancheStatus;
  readonly proposedBy?: string;
}

export type RecoveryStatus = 'proposed' | 'recovered' | 'withdrawn' | 'rejected';

/**
 * One recovery of the grant. `proposedBy` is absent for recoveries recorded before they followed
 * four-eyes (finance recovered alone); `decidedBy` is whoever approved, withdrew or rejected it.
 */
export interface RecoveryState {
  readonly recoveryId: string;
  readonly amount: Won;
  readonly reason: string;
  readonly status: RecoveryStatus;
  readonly proposedBy?: string;
  readonly decidedBy?: string;
  readonly rejectionReason?: string;
  /** The fiscal year whose payments it recovers (the award's year for recoveries recorded before they named one). */
  readonly year: number;
}

/** A line exception and, once given, the second program manager's approval. */
export interface LineExceptionState extends LineException {
  readonly approvedBy?: string;
}

export type GrantStatus = 'proposed' | 'rejected' | 'awarded' | 'cancelled';

export interface ProposedGrant {
  readonly status: GrantStatus;
  readonly grantId: string;
  readonly year: number;
  readonly applicationId: string;
  readonly callId: string;
  readonly lineId: string;
  readonly lineException?: LineExceptionState;
  readonly amount: Won;
  readonly proposedBy: string;
  readonly recipient?: Recipient;
  readonly agreement?: Agreement & { readonly recordedBy: string };
  readonly tranches: readonly TrancheState[];
  /** The award by fiscal year, each part planned, committed, released or ended. */
  readonly yearParts: readonly YearPartState[];
  readonly disbursed: Won;
  readonly recovered: Won;
  readonly recoveries: readonly RecoveryState[];
}

export type GrantState = { readonly status: 'none' } | ProposedGrant;
