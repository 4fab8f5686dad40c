import { ApplicantView } from '../applicants/applicant-view.projection';
import { CenterView } from '../centers/center-view.projection';
import { PersonApplicantResponse, PersonResponse } from './person.response.dto';

function applicantOf({ registrationNumber, firmName, centerId, status, reason }: ApplicantView): PersonApplicantResponse {
  return { registrationNumber, firmName, centerId, status, ...(status === 'rejected' && reason !== null ? { reason } : {}) };
}

/** The person's place on every center's staff list that names them, and their latest registration. */
export function personResponse(userId: string, centers: readonly CenterView[], applicant: ApplicantView | null): PersonResponse {
  const staff = centers.flatMap(({ _id: centerId, staff: members }) =>
    members.filter((member) => member.userId === userId).map(({ role }) => ({ centerId, role })),
  );
  return { userId, staff, applicant: applicant && applicantOf(applicant) };
}
