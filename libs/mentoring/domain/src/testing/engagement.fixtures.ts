import { Actor, won } from '@yunghap/kernel';
import { Consortium } from '../consortium';
import {
  CancelEngagement,
  CompleteEngagement,
  ConfirmMentor,
  LogSession,
  ProposeEngagement,
  RecordAllocationApproval,
  RecordAllocationRejection,
  RequestAllocation,
} from '../engagement.commands';
import {
  AllocationApproved,
  AllocationRejected,
  AllocationReleaseRequested,
  AllocationRequested,
  EngagementCancelled,
  EngagementCompleted,
  EngagementProposed,
  EngagementStarted,
  MentorConfirmed,
  SessionLogged,
} from '../engagement.events';
import { MentoringSession } from '../engagement.state';
import { RegisteredMentor } from '../mentor.state';
import { by, CENTER, CONSORTIUM, coordinator, mentor, NOW, platform } from './fixtures';

// Commands and events of one engagement, for the specs of this library only.

export const ENGAGEMENT = 'engagement-42';
export const ALLOCATION = 'allocation-42-1';
export const CANDIDATES = ['m-1', 'm-2'];
export const STARTED_ON = '2025-05-20';
const TEN_MILLION = won(10_000_000);

const coordinated = { engagementId: ENGAGEMENT, actorCenterId: CENTER };

export function session(sessionId = 's-1', changes: Partial<MentoringSession> = {}): MentoringSession {
  return { sessionId, date: STARTED_ON, minutes: 90, topic: 'Sensor packaging for chilled food', outcome: 'Prototype plan agreed', ...changes };
}

export const propose = (
  changes: { consortium?: Consortium; candidates?: readonly string[]; centerId?: string } = {},
  actor: Actor = coordinator,
): ProposeEngagement => ({
  type: 'ProposeEngagement',
  data: { ...coordinated, centerId: changes.centerId ?? CENTER, consortium: changes.consortium ?? CONSORTIUM, candidates: changes.candidates ?? CANDIDATES },
  metadata: by(actor),
});
export const confirm = (candidate: RegisteredMentor = mentor('m-1'), actor: Actor = coordinator): ConfirmMentor => ({
  type: 'ConfirmMentor',
  data: { ...coordinated, mentor: candidate },
  metadata: by(actor),
});
export const requestAllocation = (allocationId = ALLOCATION, actor: Actor = coordinator): RequestAllocation => ({
  type: 'RequestAllocation',
  data: { ...coordinated, allocationId },
  metadata: by(actor),
});
export const recordApproval = (allocationId = ALLOCATION, actor: Actor = platform): RecordAllocationApproval => ({
  type: 'RecordAllocationApproval',
  data: { engagementId: ENGAGEMENT, allocationId },
  metadata: by(actor),
});
export const recordRejection = (reason = 'budget-exhausted', allocationId = ALLOCATION, actor: Actor = platform): RecordAllocationRejection => ({
  type: 'RecordAllocationRejection',
  data: { engagementId: ENGAGEMENT, allocationId, reason },
  metadata: by(actor),
});
export const logSession = (logged: MentoringSession = session(), actor: Actor = coordinator, now = NOW): LogSession => ({
  type: 'LogSession',
  data: { ...coordinated, session: logged },
  metadata: by(actor, now),
});
export const completeEngagement = (report = 'Prototype built; application planned', actor: Actor = coordinator): CompleteEngagement => ({
  type: 'CompleteEngagement',
  data: { ...coordinated, report },
  metadata: by(actor),
});
export const cancelEngagement = (reason = 'Consortium dissolved', actor: Actor = coordinator): CancelEngagement => ({
  type: 'CancelEngagement',
  data: { ...coordinated, reason },
  metadata: by(actor),
});

export const proposed = (candidates: readonly string[] = CANDIDATES): EngagementProposed => ({
  type: 'EngagementProposed',
  data: { engagementId: ENGAGEMENT, centerId: CENTER, consortium: CONSORTIUM, candidates },
});
export const confirmed = (mentorId = 'm-1'): MentorConfirmed => ({ type: 'MentorConfirmed', data: { engagementId: ENGAGEMENT, mentorId } });
export const requested = (allocationId = ALLOCATION): AllocationRequested => ({
  type: 'AllocationRequested',
  data: { engagementId: ENGAGEMENT, allocationId, amount: TEN_MILLION },
});
export const approved = (allocationId = ALLOCATION): AllocationApproved => ({
  type: 'AllocationApproved',
  data: { engagementId: ENGAGEMENT, allocationId, amount: TEN_MILLION },
});
export const rejected = (reason = 'budget-exhausted', allocationId = ALLOCATION): AllocationRejected => ({
  type: 'AllocationRejected',
  data: { engagementId: ENGAGEMENT, allocationId, reason },
});
export const started = (startedOn = STARTED_ON): EngagementStarted => ({ type: 'EngagementStarted', data: { engagementId: ENGAGEMENT, startedOn } });
export const sessionLogged = (logged: MentoringSession = session()): SessionLogged => ({
  type: 'SessionLogged',
  data: { engagementId: ENGAGEMENT, session: logged },
});
export const completed = (report: string, sessionCount: number, totalMinutes: number): EngagementCompleted => ({
  type: 'EngagementCompleted',
  data: { engagementId: ENGAGEMENT, report, sessionCount, totalMinutes },
});
export const cancelled = (reason = 'Consortium dissolved'): EngagementCancelled => ({
  type: 'EngagementCancelled',
  data: { engagementId: ENGAGEMENT, reason },
});
export const releaseRequested = (allocationId = ALLOCATION): AllocationReleaseRequested => ({
  type: 'AllocationReleaseRequested',
  data: { engagementId: ENGAGEMENT, allocationId, amount: TEN_MILLION },
});

/** The events of an engagement that has started on its approved allocation. */
export const STARTED = [proposed(), confirmed(), requested(), approved(), started()];
