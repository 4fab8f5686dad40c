import { bearer } from './service-harness';

/**
 * The cast of every suite, one bearer token each: the same person has the same name in every
 * service's tests, so an actor seen in one suite's audit trail reads the same in another's.
 * A test that needs someone else (a fifth finance officer, a role without a scope) calls `bearer`.
 */
export const testUsers = {
  pm: bearer({ role: 'program-manager', sub: 'pm-park' }),
  otherPm: bearer({ role: 'program-manager', sub: 'pm-choi' }),
  finance: bearer({ role: 'finance', sub: 'fin-han' }),
  otherFinance: bearer({ role: 'finance', sub: 'fin-lee' }),
  auditor: bearer({ role: 'auditor', sub: 'audit-yoon' }),
  /** Staff of one regional center (`staff-<center>` unless named). */
  staffOf: (centerId: string, sub = `staff-${centerId}`) => bearer({ role: 'center-staff', sub, centerId }),
  /** A committee member sitting on `committeeIds`. */
  memberOf: (sub: string, ...committeeIds: string[]) => bearer({ role: 'committee-member', sub, committeeIds }),
  /** An applicant acting for the firm `firmId` (ten digits with a valid check digit). */
  applicantOf: (firmId: string, sub = `applicant-${firmId}`) => bearer({ role: 'applicant', sub, firmId }),
  /** The gateway asking who a person is (`@Roles('gateway')` routes only). */
  gateway: bearer({ role: 'gateway', sub: 'gateway' }),
} as const;
