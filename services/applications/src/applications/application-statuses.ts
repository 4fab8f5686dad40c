import { ApplicationStatus } from '@yunghap/applications-domain';

// Per status: does the application still compete in its call? Drafts are not applications yet;
// refused, failed, unselected, cancelled and withdrawn ones no longer compete. A record, so that a status the
// domain adds cannot be forgotten here.
const COMPETES_IN_CALL: Record<ApplicationStatus, boolean> = {
  drafted: false,
  submitted: true,
  routed: true,
  'returned-for-revision': true,
  'screened-eligible': true,
  'screened-ineligible': false,
  'in-evaluation': true,
  'evaluated-passed': true,
  'evaluated-failed': false,
  selected: true,
  'not-selected': false,
  'grant-awarded': true,
  'grant-cancelled': false,
  withdrawn: false,
};

export const APPLICATION_STATUSES = Object.keys(COMPETES_IN_CALL) as ApplicationStatus[];

/** The statuses whose firms count as "in another active application" when a call's application is screened. */
export const ACTIVE_STATUSES = APPLICATION_STATUSES.filter((status) => COMPETES_IN_CALL[status]);
