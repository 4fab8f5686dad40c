import { ApplicationEvent } from '@yunghap/applications-domain';
import { Actor, assertNever } from '@yunghap/kernel';
import { collectionRef, defineProjection, RecordedOf } from '@yunghap/read-models';
import { APPLICATION_EVENTS } from './application-view.projection';

/** One event of an application's history, with who did it, when, and the request it belonged to. */
export interface TimelineEntry {
  /** The event id. */
  readonly _id: string;
  readonly applicationId: string;
  /** Its place in the application's stream, from 1. */
  readonly version: number;
  readonly type: ApplicationEvent['type'];
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** What the event decided, without the application's full content (the application view has it). */
  readonly details: Readonly<Record<string, unknown>>;
}

export const TIMELINE = collectionRef<TimelineEntry>('application-timeline');

function detailsOf(event: RecordedOf<ApplicationEvent>): Readonly<Record<string, unknown>> {
  switch (event.type) {
    case 'ApplicationDrafted':
      return { callId: event.data.callId, title: event.data.content.task.title, requestedAmount: event.data.content.requestedAmount };
    case 'ApplicationRevised':
      return { title: event.data.content.task.title, requestedAmount: event.data.content.requestedAmount };
    // The document's record, never its bytes: the same as the application's event.
    case 'BusinessPlanAttached':
      return { ...event.data.document };
    case 'ApplicationSubmitted':
      return { submittedAt: event.data.submittedAt };
    case 'ApplicationRouted':
      return { centerId: event.data.centerId, mappingVersion: event.data.mappingVersion };
    case 'ApplicationReturnedForRevision':
    case 'ApplicationWithdrawn':
      return { reason: event.data.reason };
    case 'ApplicationResubmitted':
      return {};
    case 'ApplicationScreened':
      return { outcome: event.data.result.outcome, failedRules: event.data.result.failures.map((failure) => failure.code) };
    case 'ApplicationEvaluationStarted':
      return { committeeId: event.data.committeeId };
    // Who stood down is the committee's business, not the applicant's, who reads this timeline too.
    case 'ApplicationMemberRecused':
      return {};
    case 'ApplicationEvaluated':
      return { outcome: event.data.outcome, totalScore: event.data.totalScore };
    case 'ApplicationOutcomeRecorded':
      return { outcome: event.data.outcome, reference: event.data.reference };
    default:
      return assertNever(event);
  }
}

/**
 * An application's full timeline, one document per event (a history never grows inside one
 * document), read back in stream order.
 */
export const applicationTimelineProjection = defineProjection<ApplicationEvent, TimelineEntry>({
  name: 'application-timeline',
  collection: TIMELINE,
  handles: APPLICATION_EVENTS,
  idOf: (event) => event.eventId,
  evolve: (_doc, event) => {
    const { actor, occurredAt, correlationId, causationId } = event.metadata;
    return {
      _id: event.eventId,
      applicationId: event.data.applicationId,
      version: event.version,
      type: event.type,
      occurredAt,
      actor,
      correlationId,
      causationId,
      details: detailsOf(event),
    };
  },
  indexes: [{ keys: { applicationId: 1, version: 1 } }],
});
