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
    { to: '/budget', label: 'nav.budget' },
    { to: '/grants', label: 'nav.grants' },
    { to: '/approvals', label: 'nav.approvals' },
    { to: '/reports', label: 'nav.reports' },
    { to: '/program/routing', label: 'nav.routing' },
    { to: '/privacy', label: 'nav.privacy' },
  ],
  finance: [
    { to: '/approvals', label: 'nav.approvals' },
    { to: '/budget', label: 'nav.budget' },
    { to: '/grants', label: 'nav.grants' },
    { to: '/reports', label: 'nav.reports' },
    { to: '/audit', label: 'nav.audit' },
  ],
  auditor: [
    { to: '/grants', label: 'nav.grants' },
    { to: '/budget', label: 'nav.budget' },
    { to: '/audit', label: 'nav.audit' },
    { to: '/reports', label: 'nav.reports' },
    { to: '/approvals', label: 'nav.approvals' },
    { to: '/privacy', label: 'nav.privacy' },
  ],
};

export function navigationFor(role: HumanRole): readonly NavigationLink[] {
  return NAVIGATION[role] ?? [];
}
