import { ApplicationEvent, ApplicationFile, consortiumOf, evolveApplication, initialApplicationState } from '@yunghap/applications-domain';
import type { RecordedEvent } from '@yunghap/event-store';
import type { Projection } from '@yunghap/read-models';

export const APPLICATIONS_COLLECTION = 'applications';

// A record, so that an event type the domain adds cannot be missed by the projections.
const APPLICATION_EVENTS: Record<ApplicationEvent['type'], true> = {
  ApplicationDrafted: true,
  ApplicationRevised: true,
  ApplicationSubmitted: true,
  ApplicationRouted: true,
  ApplicationReturnedForRevision: true,
  ApplicationResubmitted: true,
  ApplicationScreened: true,
  ApplicationEvaluationStarted: true,
  ApplicationEvaluated: true,
  ApplicationOutcomeRecorded: true,
  ApplicationWithdrawn: true,
};

/** Every event type of an application's stream. */
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
  readonly draftedAt: string;
  readonly updatedAt: string;
  /** The application stream's version, sent as the ETag. */
  readonly version: number;
}

function reasonGiven(event: ApplicationEvent, type: 'ApplicationReturnedForRevision' | 'ApplicationWithdrawn', previous: string | null | undefined): string | null {
  return event.type === type ? event.data.reason : (previous ?? null);
}

/** One document per application, folded with the domain's `evolveApplication` so the statuses cannot drift apart. */
export const applicationViewProjection: Projection<ApplicationView> = {
  name: 'application-view',
  collection: APPLICATIONS_COLLECTION,
  handles: APPLICATION_EVENT_TYPES,
  documentId: (event) => (event.data as { applicationId: string }).applicationId,
  apply: (doc, recorded: RecordedEvent) => {
    const event = { type: recorded.type, data: recorded.data } as ApplicationEvent;
    const state = evolveApplication(doc ?? initialApplicationState(), event);
    if (state.status === 'none') return doc;
    const { occurredAt } = recorded.metadata;
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
      draftedAt: doc?.draftedAt ?? occurredAt,
      updatedAt: occurredAt,
      version: recorded.version,
    };
  },
  indexes: [{ keys: { centerId: 1, status: 1 } }, { keys: { callId: 1, status: 1 } }, { keys: { applicantId: 1 } }],
};
