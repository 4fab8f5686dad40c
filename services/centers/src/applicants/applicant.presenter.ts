import { ApplicantResponse } from './applicants.response.dto';
import { ApplicantView } from './applicant-view.projection';

/** Exactly the documented fields, with the user id under its domain name rather than the read model's `_id`. */
export function applicantResponse(view: ApplicantView): ApplicantResponse {
  const { _id, name, email, phone, registrationNumber, firmName, province, centerId, status, reason, registeredAt, decidedAt, decidedBy } = view;
  return { userId: _id, name, email, phone, registrationNumber, firmName, province, centerId, status, reason, registeredAt, decidedAt, decidedBy };
}
