import type { HumanRole } from '@yunghap/kernel';

export interface NavigationLink {
  readonly to: string;
  /** A key of the message catalogues. */
  readonly label: string;
}

// The pages each role works in; a role without pages in this round has none.
const NAVIGATION: Partial<Record<HumanRole, readonly NavigationLink[]>> = {
  applicant: [{ to: '/applicant/applications', label: 'nav.myApplications' }],
  'center-staff': [
    { to: '/center/applications', label: 'nav.centerInbox' },
    { to: '/center/applicants', label: 'nav.applicantRegistrations' },
    { to: '/center/mentoring', label: 'nav.engagements' },
  ],
  'committee-member': [{ to: '/committee/work-queue', label: 'nav.workQueue' }],
  'program-manager': [
    { to: '/program/calls', label: 'nav.programCalls' },
    { to: '/approvals', label: 'nav.approvals' },
  ],
  finance: [{ to: '/approvals', label: 'nav.approvals' }],
  auditor: [{ to: '/approvals', label: 'nav.approvals' }],
};

export function navigationFor(role: HumanRole): readonly NavigationLink[] {
  return NAVIGATION[role] ?? [];
}
