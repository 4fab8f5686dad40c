import { Won, won } from '@yunghap/kernel';
import { Consortium } from './consortium';

/** Every mentoring engagement is funded by one allocation of exactly ₩10,000,000 (1,000만원). */
export const MENTORING_ALLOCATION_AMOUNT: Won = won(10_000_000);

/** A completion report is a short summary, not a document; longer material goes elsewhere. */
export const MAX_REPORT_LENGTH = 2000;

/** One session of mentoring is held within one day. */
export const MAX_SESSION_MINUTES = 24 * 60;

export type EngagementStatus = 'proposed' | 'mentor-confirmed' | 'allocation-requested' | 'allocation-rejected' | 'started' | 'completed' | 'cancelled';

/** The statuses after which nothing more happens to an engagement. */
export type ClosedStatus = Extract<EngagementStatus, 'completed' | 'cancelled'>;
export type OpenStatus = Exclude<EngagementStatus, ClosedStatus>;

export function isClosed(status: EngagementStatus): status is ClosedStatus {
  return status === 'completed' || status === 'cancelled';
}

/**
 * A session as logged. Its length is whole minutes: hours are a float waiting to happen
 * (1.1 h + 2.2 h), minutes add up exactly.
 */
export interface MentoringSession {
  readonly sessionId: string;
  /** The day it was held, "YYYY-MM-DD". */
  readonly date: string;
  readonly minutes: number;
  readonly topic: string;
  readonly outcome: string;
}

export interface Allocation {
  readonly allocationId: string;
  readonly amount: Won;
}

export interface Engagement {
  readonly status: EngagementStatus;
  readonly engagementId: string;
  readonly centerId: string;
  readonly consortium: Consortium;
  /** The mentor ids matching proposed, best first. */
  readonly candidates: readonly string[];
  readonly mentorId?: string;
  /** The latest allocation requested; a rejected one is replaced by the next request. */
  readonly allocation?: Allocation;
  /** The day the allocation was approved; no session can be held before it. */
  readonly startedOn?: string;
  readonly sessions: readonly MentoringSession[];
}

export type EngagementState = { readonly status: 'none' } | Engagement;
