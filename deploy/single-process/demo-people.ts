// The people of the development sign-in provider (services/gateway's demo people): the seed puts
// them on the staff lists, the committees and the applicant register, as Yunghap's records.
import { call, expectOk, token } from './demo-api';
import { DemoFirm } from './demo-firms';

const staff = [
  { centerId: 'jungbu', userId: 'staff-jungbu', name: '김중부' },
  { centerId: 'honam', userId: 'staff-honam', name: '이호남' },
] as const;

export const committeeMembers = ['김도윤', '이서연', '박지호', '최민서', '정하준', '윤지아'].map((name, i) => ({
  userId: `member-${i + 1}`,
  name,
  affiliation: '한국산업기술평가관리원 평가위원',
}));
/** The five who score every evaluation the seed closes (five sheets are needed); the sixth keeps work in the queues. */
export const SCORING_MEMBER_IDS = committeeMembers.slice(0, 5).map((member) => member.userId);

/** The person acting for a firm, as the applicant register knows them. */
export interface DemoApplicant {
  readonly userId: string;
  readonly name: string;
}

/** A center-staff token of the center's demo coordinator (`staff-<centerId>`). */
export const staffToken = (centerId: string) => token(`staff-${centerId}`, 'center-staff', { centerId });

export async function assignStaff(centers: string): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  for (const person of staff) {
    await expectOk(
      `assigning ${person.userId}`,
      call(centers, 'POST', `/api/centers/centers/${person.centerId}/staff`, pm, { userId: person.userId, name: person.name, role: 'staff' }),
      centers,
      pm,
    );
  }
}

/** Registers `person` for `firm` as the gateway does at first sign-in, and has the firm's center confirm them. */
export async function registerApplicant(centers: string, person: DemoApplicant, firm: DemoFirm): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  const gateway = token('gateway', 'gateway');
  const registration = { userId: person.userId, name: person.name, registrationNumber: firm.registrationNumber, firmName: firm.name, province: firm.province };
  const path = `/api/centers/applicants/${person.userId}`;
  const registered = (await expectOk(
    `registering ${person.userId}`,
    call(centers, 'POST', '/api/centers/applicants', gateway, registration),
    centers,
    pm,
    path,
  )) as { centerId: string };
  const confirmer = staffToken(registered.centerId);
  await expectOk(`confirming ${person.userId}`, call(centers, 'POST', `${path}/confirm`, confirmer), centers, confirmer, path);
}
