/** The development provider's accounts. Their `sub` is the userId the demo seed puts in the services' records. */
export interface DemoPerson {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  /** The heading the sign-in page lists the person under; what they may do comes from the services' records. */
  readonly group: string;
}

const person = (sub: string, name: string, group: string): DemoPerson => ({ sub, name, email: `${sub}@yunghap.example`, group });

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('pm-kim', '김사업', '사업 총괄 (Program manager)'),
  // A second program manager: what one proposes under the four-eyes rule (a personal data erasure), another approves.
  person('pm-choi', '최사업', '사업 총괄 (Program manager)'),
  person('finance-lee', '이재무', '재무 (Finance)'),
  person('auditor-park', '박감사', '감사 (Auditor)'),
  person('staff-jungbu', '김중부', '센터 담당자 (Center staff)'),
  person('staff-honam', '이호남', '센터 담당자 (Center staff)'),
  ...['김도윤', '이서연', '박지호', '최민서', '정하준', '윤지아'].map((name, i) => person(`member-${i + 1}`, name, '평가위원 (Committee members)')),
  person('applicant-hanbit', '박한빛', '신청기업 (Applicants)'),
  person('applicant-new', '최신규', '신청기업 (Applicants)'),
];

export function demoPerson(sub: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((candidate) => candidate.sub === sub);
}
