// `npm start -- --demo`: a realistic call, consortia and committee, entered through the public
// APIs as the people who run the program would, so the demo exercises the real rules.
import { Logger } from 'pino';
import { koreanDayOf, programYearOf } from '@yunghap/kernel';
import { ServiceName } from '@yunghap/platform-nest';
import { Answer, call, expectOk, token } from './demo-api';
import { evaluateDemoApplications } from './demo-evaluations';

export const DEMO_CALL_ID = 'demo-2026-it-convergence';

// Registration numbers with valid check digits (사업자등록번호 checksum); fictitious firms.
const firms = {
  hanbit: { registrationNumber: '3148123478', name: '한빛정밀', industryCode: 'C29199', province: '대전', size: 'small' },
  nuri: { registrationNumber: '3058677714', name: '누리소프트', industryCode: 'J62010', province: '세종', size: 'medium' },
  seohae: { registrationNumber: '3128112354', name: '서해바이오', industryCode: 'C21210', province: '충남', size: 'small' },
  ondam: { registrationNumber: '3018876546', name: '온담데이터', industryCode: 'J63111', province: '대전', size: 'small' },
  geumgang: { registrationNumber: '3108246821', name: '금강금형', industryCode: 'C29294', province: '충북', size: 'medium' },
  boram: { registrationNumber: '3078511138', name: '보람사출금형', industryCode: 'C29294', province: '충북', size: 'small' },
  gaon: { registrationNumber: '3178199905', name: '가온푸드', industryCode: 'C10309', province: '충남', size: 'small' },
  maru: { registrationNumber: '3098665409', name: '마루농업법인', industryCode: 'A01110', province: '충남', size: 'small' },
} as const;

type Firm = (typeof firms)[keyof typeof firms];

// The people of the development sign-in provider (services/gateway's demo people): the seed puts
// them on the staff lists, the committee and the applicant register, as Yunghap's records.
const staff = [
  { centerId: 'jungbu', userId: 'staff-jungbu', name: '김중부' },
  { centerId: 'honam', userId: 'staff-honam', name: '이호남' },
] as const;
const committeeMembers = ['김도윤', '이서연', '박지호', '최민서', '정하준', '윤지아'].map((name, i) => ({
  userId: `member-${i + 1}`,
  name,
  affiliation: '한국산업기술평가관리원 평가위원',
}));
// The person acting for each lead firm; 박한빛 of 한빛정밀 is the one a newcomer signs in as.
const applicantNames: Partial<Record<keyof typeof firms, string>> = { hanbit: '박한빛', seohae: '정서해', gaon: '한가온', geumgang: '오금강' };
const applicantOf = (firm: Firm) => {
  const key = (Object.keys(firms) as (keyof typeof firms)[]).find((k) => firms[k] === firm) ?? 'hanbit';
  return { userId: `applicant-${key}`, name: applicantNames[key] ?? firm.name };
};

function application(title: string, lead: Firm, partner: Firm, requested: number, fields: string[]) {
  return {
    callId: DEMO_CALL_ID,
    leadFirm: lead,
    partnerFirms: [partner],
    task: { title, summary: `${title} — 이업종 중소기업 간 기술융합`, technologyFields: fields, stage: 'rnd', durationMonths: 18 },
    requestedAmount: requested,
    budgetPlan: [
      // The consortium bears a third of the cost (민간부담금), above the call's minimum of 25 %.
      { category: 'personnel', amount: requested - 100_000_000, ownInKind: requested / 4 },
      { category: 'equipment-and-materials', amount: 60_000_000, ownCash: requested / 4 },
      { category: 'research-activities', amount: 40_000_000 },
    ],
  };
}

/** A refusal that only says the evaluation service has not yet heard, over the bus, of the call (or of the centers). */
function isNotHeardYet({ status, body }: Answer): boolean {
  const code = (body as { code?: unknown } | null)?.code;
  return status === 422 && (code === 'CALL.UNKNOWN' || code === 'CENTER.UNKNOWN');
}

/** Seeds the demo once; a second start finds the call and leaves everything as it is. */
export async function seedDemo(urls: Readonly<Record<ServiceName, string>>, logger: Logger): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  const jungbuStaff = token('staff-jungbu', 'center-staff', { centerId: 'jungbu' });
  const { applications, evaluation, centers } = urls;

  if ((await call(applications, 'GET', `/api/applications/calls/${DEMO_CALL_ID}`, pm)).status === 200) {
    logger.info({ callId: DEMO_CALL_ID }, 'demo data already present');
    return;
  }
  // A call needs the centers' province routing and the grants context's cap per project for its year.
  const year = programYearOf(new Date().toISOString());
  const ready = async () => {
    const routing = await call(applications, 'GET', '/api/applications/routing', pm);
    const policy = await call(applications, 'GET', '/api/applications/program-policy', pm);
    return routing.status === 200 && (policy.body as { caps: { year: number }[] }).caps.some((cap) => cap.year === year);
  };
  for (let waited = 0; !(await ready()); waited += 100) {
    if (waited > 30_000) throw new Error('demo seed: the province routing or the cap per project never reached the applications service');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const day = 86_400_000;
  const opened = call(applications, 'POST', '/api/applications/calls', pm, {
    callId: DEMO_CALL_ID,
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 지원사업 공고 (데모)',
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    capPerProject: 300_000_000,
    technologyFields: ['AI', 'IoT', 'smart-manufacturing', 'bio', 'smart-farm'],
  });
  await expectOk('opening the call', opened, applications, pm);

  await seedPeople(centers);
  const members = committeeMembers;
  // The call's opening reaches the evaluation service over the bus; until it has, a committee is
  // refused as CALL.UNKNOWN (forming nothing), so it is asked for again, for a bounded time.
  // Sheets due at six in the evening, Korean time, six weeks from today: what a program manager would set.
  const scoresDueAt = `${koreanDayOf(new Date(Date.now() + 42 * day).toISOString())}T18:00:00+09:00`;
  const formCommittee = () => call(evaluation, 'POST', '/api/evaluation/committees', pm, { callId: DEMO_CALL_ID, centerId: 'jungbu', members, scoresDueAt });
  let formed = await formCommittee();
  for (let waited = 0; isNotHeardYet(formed); waited += 100) {
    if (waited > 30_000) throw new Error('demo seed: the call never reached the evaluation service');
    await new Promise((resolve) => setTimeout(resolve, 100));
    formed = await formCommittee();
  }
  await expectOk('forming the jungbu committee', Promise.resolve(formed), evaluation, pm);

  const consortia = [
    application('AI 기반 정밀가공 불량 예측', firms.hanbit, firms.nuri, 280_000_000, ['AI', 'smart-manufacturing']),
    application('바이오 공정 데이터 플랫폼', firms.seohae, firms.ondam, 250_000_000, ['bio', 'AI']),
    application('스마트팜 연계 가공식품 품질관리', firms.gaon, firms.maru, 200_000_000, ['smart-farm', 'IoT']),
    // Two mould makers, one business (KSIC group C292): screening will find it ineligible.
    application('사출금형 설비 공동 개량', firms.geumgang, firms.boram, 150_000_000, ['smart-manufacturing']),
  ];
  const applicationIds: string[] = [];
  for (const body of consortia) {
    const applicant = token(applicantOf(body.leadFirm).userId, 'applicant', { firmId: body.leadFirm.registrationNumber });
    const drafted = (await expectOk(
      `drafting ${body.task.title}`,
      call(applications, 'POST', '/api/applications/applications', applicant, body),
      applications,
      applicant,
    )) as { applicationId: string };
    applicationIds.push(drafted.applicationId);
    const path = `/api/applications/applications/${drafted.applicationId}`;
    await expectOk('submitting', call(applications, 'POST', `${path}/submit`, applicant), applications, applicant, path);
    await expectOk('screening', call(applications, 'POST', `${path}/screen`, jungbuStaff, {}), applications, jungbuStaff, path);
  }
  // The bio and smart-farm consortia are evaluated to the end; the first stays open for the members' queues.
  const [, bio, farm] = applicationIds;
  await evaluateDemoApplications(
    evaluation,
    `${DEMO_CALL_ID}.jungbu`,
    members.slice(0, 5).map((member) => member.userId),
    [
      { applicationId: bio, share: 0.85 },
      { applicationId: farm, share: 0.75 },
    ],
  );
  logger.info(
    { callId: DEMO_CALL_ID, applications: consortia.length, committee: `${DEMO_CALL_ID}.jungbu`, members: members.map((m) => m.userId) },
    'demo seeded: sign in at the console as any demo person',
  );
}

/** The center staff, and a confirmed applicant for each lead firm, in the centers context's records. */
async function seedPeople(centers: string): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  for (const person of staff) {
    await expectOk(
      `assigning ${person.userId}`,
      call(centers, 'POST', `/api/centers/centers/${person.centerId}/staff`, pm, { userId: person.userId, name: person.name, role: 'staff' }),
      centers,
      pm,
    );
  }
  const gateway = token('gateway', 'gateway');
  for (const lead of [firms.hanbit, firms.seohae, firms.gaon, firms.geumgang]) {
    const person = applicantOf(lead);
    const registration = {
      userId: person.userId,
      name: person.name,
      registrationNumber: lead.registrationNumber,
      firmName: lead.name,
      province: lead.province,
    };
    const path = `/api/centers/applicants/${person.userId}`;
    const registered = (await expectOk(
      `registering ${person.userId}`,
      call(centers, 'POST', '/api/centers/applicants', gateway, registration),
      centers,
      pm,
      path,
    )) as {
      centerId: string;
    };
    const confirmer = token(`staff-${registered.centerId}`, 'center-staff', { centerId: registered.centerId });
    await expectOk(`confirming ${person.userId}`, call(centers, 'POST', `${path}/confirm`, confirmer), centers, confirmer, path);
  }
}
