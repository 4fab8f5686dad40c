import { ApplicantRegistered } from './applicant/applicant.events';
import { StaffAssigned } from './center/center.events';

/**
 * The personal data in the centers' events (PIPA): the names and contacts of people acting for a
 * firm and of center staff, sealed per person by the event store and erasable once their retention
 * ends. Firms' names and registration numbers are not personal data and stay as they are; user ids
 * are pseudonyms whose link to a person lives in the identity provider.
 */
export const CENTERS_PERSONAL_DATA = {
  ApplicantRegistered: { kind: 'applicant', idOf: (data: ApplicantRegistered['data']) => data.userId, fields: [['name'], ['email'], ['phone']] },
  StaffAssigned: { kind: 'staff', idOf: (data: StaffAssigned['data']) => data.userId, fields: [['name']] },
} as const;
