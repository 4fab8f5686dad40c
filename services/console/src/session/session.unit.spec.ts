import { accessTo, Session, signInUrl } from './session';

const signedOut: Session = { signedIn: false, roles: [], csrfToken: 't' };
const staff = { role: 'center-staff', centerId: 'jungbu', label: '중부권 센터 담당자' } as const;
const member = { role: 'committee-member', committeeIds: ['c-1'], label: '평가위원' } as const;
const signedIn = (roles: Session['roles'], activeRole?: Session['activeRole']): Session => ({
  signedIn: true,
  user: { sub: 'staff-jungbu', name: '김중부' },
  roles,
  activeRole,
  csrfToken: 't',
});

describe('who may open a page', () => {
  it('sends a signed-out person to sign in', () => {
    expect(accessTo(signedOut, ['center-staff'])).toBe('sign-in');
  });

  it('asks a signed-in person without any role to register their firm', () => {
    expect(accessTo(signedIn([]), ['applicant'])).toBe('register');
  });

  it('lets the active role in and refuses the others', () => {
    expect(accessTo(signedIn([staff], staff), ['center-staff', 'program-manager'])).toBe('allowed');
    expect(accessTo(signedIn([staff], staff), ['committee-member'])).toBe('forbidden');
  });

  it('judges the active role, not every role the person could switch to', () => {
    expect(accessTo(signedIn([staff, member], staff), ['committee-member'])).toBe('forbidden');
  });

  it('comes back to the page asked for after signing in', () => {
    expect(signInUrl('/center/applications?status=submitted')).toBe('/auth/login?returnTo=%2Fcenter%2Fapplications%3Fstatus%3Dsubmitted');
  });
});
