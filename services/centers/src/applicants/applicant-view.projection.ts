import { ApplicantEvent, ApplicantStatus } from '@yunghap/centers-domain';
import { assertNever, Province } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

/** A person's latest applicant registration, keyed by their user id. */
export interface ApplicantView {
  readonly _id: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly registrationNumber: string;
  readonly firmName: string;
  readonly province: Province;
  readonly centerId: string;
  readonly status: ApplicantStatus;
  readonly reason: string | null;
  readonly registeredAt: string;
  readonly decidedAt: string | null;
  /** User id of who confirmed or rejected it. */
  readonly decidedBy: string | null;
}

export const APPLICANTS = collectionRef<ApplicantView>('applicants');

/** One document per person: a new registration (after a rejection) replaces the one before. */
export const applicantViewProjection = defineProjection<ApplicantEvent, ApplicantView>({
  name: 'applicant-view',
  collection: APPLICANTS,
  handles: { ApplicantRegistered: true, ApplicantConfirmed: true, ApplicantRejected: true },
  idOf: (event) => event.data.userId,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'ApplicantRegistered': {
        const { userId, name, email, phone, registrationNumber, firmName, province, centerId, registeredAt } = event.data;
        return {
          _id: userId,
          name,
          email,
          phone,
          registrationNumber,
          firmName,
          province,
          centerId,
          status: 'pending',
          reason: null,
          registeredAt,
          decidedAt: null,
          decidedBy: null,
        };
      }
      case 'ApplicantConfirmed':
        return doc && { ...doc, status: 'confirmed', decidedAt: event.data.confirmedAt, decidedBy: event.data.confirmedBy.userId };
      case 'ApplicantRejected':
        return doc && { ...doc, status: 'rejected', reason: event.data.reason, decidedAt: event.data.rejectedAt, decidedBy: event.data.rejectedBy.userId };
      default:
        return assertNever(event);
    }
  },
  indexes: [{ keys: { centerId: 1, status: 1 } }],
});
