import { ApplicationEvent, consortiumOf } from '@yunghap/applications-domain';
import { collectionRef, defineProjection } from '@yunghap/read-models';

/**
 * Every application that has named a firm (사업자등록번호) as a member, in any call and whatever
 * became of it: where screening starts to find a firm's other active applications. A revision
 * that drops a firm leaves the application listed under it, so readers check each listed
 * application's current members and status (by _id, which the read-model store finds through its
 * index, unlike a search of every application by call and status).
 */
export interface FirmApplications {
  /** The firm's registration number, ten digits. */
  readonly _id: string;
  readonly applicationIds: readonly string[];
}

export const FIRM_APPLICATIONS = collectionRef<FirmApplications>('firm-applications');

export const firmApplicationsProjection = defineProjection<ApplicationEvent, FirmApplications>({
  name: 'firm-applications',
  collection: FIRM_APPLICATIONS,
  handles: {
    ApplicationDrafted: true,
    ApplicationRevised: true,
    BusinessPlanAttached: false,
    ApplicationSubmitted: false,
    ApplicationRouted: false,
    ApplicationReturnedForRevision: false,
    ApplicationResubmitted: false,
    ApplicationScreened: false,
    ApplicationEvaluationStarted: false,
    ApplicationMemberRecused: false,
    ApplicationEvaluated: false,
    ApplicationOutcomeRecorded: false,
    ApplicationWithdrawn: false,
  },
  idOf: (event) =>
    event.type === 'ApplicationDrafted' || event.type === 'ApplicationRevised' ? consortiumOf(event.data.content).map((firm) => firm.registrationNumber) : null,
  evolve: (doc, event, id) => {
    const applicationIds = doc?.applicationIds ?? [];
    const { applicationId } = event.data;
    return applicationIds.includes(applicationId) ? doc : { _id: id, applicationIds: [...applicationIds, applicationId] };
  },
});
