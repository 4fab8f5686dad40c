import { BusinessRegistrationNumber } from '@yunghap/kernel';
import { CenterId } from '../center-id';

export const APPLICANT_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

/** What a decision on a registration needs to know of it. */
export interface ApplicantRegistration {
  readonly userId: string;
  readonly registrationNumber: BusinessRegistrationNumber;
  readonly centerId: CenterId;
}

/** A person's latest registration: a rejected one may be followed by a new one, for any firm. */
export type ApplicantState =
  | { readonly status: 'unregistered' }
  | { readonly status: 'pending' | 'confirmed'; readonly registration: ApplicantRegistration }
  | { readonly status: 'rejected'; readonly registration: ApplicantRegistration; readonly reason: string };
