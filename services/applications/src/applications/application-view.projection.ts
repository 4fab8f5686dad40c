import { ApplicationEvent, ApplicationFile, consortiumOf, evolveApplication, initialApplicationState } from '@yunghap/applications-domain';
import { collectionRef, defineProjection, EventTypes, RecordedOf } from '@yunghap/read-models';

/** Every event type of an application's stream, all read by the projections that follow the whole history. */
export const APPLICATION_EVENTS: EventTypes<ApplicationEvent> = {
  ApplicationDrafted: true,
  ApplicationRevised: true,
  BusinessPlanAttached: true,
  ApplicationSubmitted: true,
  ApplicationRouted: true,
  ApplicationReturnedForRevision: true,
  ApplicationResubmitted: true,
  ApplicationScreened: true,
  ApplicationEvaluationStarted: true,
  ApplicationMemberRecused: true,
  ApplicationEvaluated: true,
  ApplicationOutcomeRecorded: true,
  ApplicationWithdrawn: true,
};

/** The same types as a list, for the timeline's answer schema. */
export const APPLICATION_EVENT_TYPES = Object.keys(APPLICATION_EVENTS) as ApplicationEvent['type'][];

/**
 * An application as its applicant, its center and the program see it: the domain's own state,
 * plus top-level fields the lists filter and show without reading the content.
 */
export interface ApplicationView extends ApplicationFile {
  readonly _id: string;
  /** The center it was routed to; null until then. */
  readonly centerId: string | null;
  readonly title: string;
  readonly leadFirmName: string;
  readonly requestedAmount: number;
  /** Every member, the lead first, ten digits each: what the one-application-per-firm rule compares. */
  readonly memberRegistrationNumbers: readonly string[];
  readonly returnReason: string | null;
  readonly withdrawalReason: string | null;
  /** When the current business plan was attached; null until one is. */
  readonly businessPlanAttachedAt: string | null;
  readonly draftedAt: string;
  readonly updatedAt: string;
  /** The application stream's version, sent as the ETag. */
  readonly version: number;
}

export const APPLICATIONS = collectionRef<ApplicationView>('applications');

function reasonGiven(
  event: RecordedOf<ApplicationEvent>,
  type: 'ApplicationReturnedForRevision' | 'ApplicationWithdrawn',
  previous: string | null | undefined,
): string | null {
  return event.type === type ? event.data.reason : (previous ?? null);
}

/** One document per application, folded with the domain's `evolveApplication` so the statuses cannot drift apart. */
export const applicationViewProjection = defineProjection<ApplicationEvent, ApplicationView>({
  name: 'application-view',
  collection: APPLICATIONS,
  handles: APPLICATION_EVENTS,
  idOf: (event) => event.data.applicationId,
  evolve: (doc, event) => {
    const state = evolveApplication(doc ?? initialApplicationState(), event);
    if (state.status === 'none') return doc;
    const { occurredAt } = event.metadata;
    return {
      ...state,
      _id: state.applicationId,
      centerId: state.routing?.centerId ?? null,
      title: state.content.task.title,
      leadFirmName: state.content.leadFirm.name,
      requestedAmount: state.content.requestedAmount,
      memberRegistrationNumbers: consortiumOf(state.content).map((firm) => firm.registrationNumber),
      returnReason: reasonGiven(event, 'ApplicationReturnedForRevision', doc?.returnReason),
      withdrawalReason: reasonGiven(event, 'ApplicationWithdrawn', doc?.withdrawalReason),
      businessPlanAttachedAt: event.type === 'BusinessPlanAttached' ? occurredAt : (doc?.businessPlanAttachedAt ?? null),
      draftedAt: doc?.draftedAt ?? occurredAt,
      updatedAt: occurredAt,
      version: event.version,
    };
  },
  indexes: [{ keys: { centerId: 1, status: 1 } }, { keys: { callId: 1, status: 1 } }, { keys: { applicantId: 1 } }],
});
