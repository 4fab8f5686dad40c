// The development provider's demo people (services/gateway's fixture) the journeys sign in as.
export interface Person {
  readonly sub: string;
  readonly name: string;
}

export const PEOPLE = {
  applicant: { sub: 'applicant-hanbit', name: '박한빛' },
  newcomer: { sub: 'applicant-new', name: '최신규' },
  jungbuStaff: { sub: 'staff-jungbu', name: '김중부' },
  honamStaff: { sub: 'staff-honam', name: '이호남' },
  member: { sub: 'member-1', name: '김도윤' },
  programManager: { sub: 'pm-kim', name: '김사업' },
  secondProgramManager: { sub: 'pm-choi', name: '최사업' },
  finance: { sub: 'finance-lee', name: '이재무' },
  auditor: { sub: 'auditor-park', name: '박감사' },
} as const satisfies Record<string, Person>;
