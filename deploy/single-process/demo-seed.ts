// `npm start -- --demo`: two realistic calls with their consortia, committees, evaluations, awards,
// payments and mentoring, entered through the public APIs as the people who run the program would,
// so the demo exercises the real rules.
import { Logger } from 'pino';
import { programYearOf } from '@yunghap/kernel';
import { ServiceName } from '@yunghap/platform-nest';
import { ADVANCED_CALL_ID, seedAdvancedCall } from './demo-advanced-call';
import { call, eventually, expectOk, token } from './demo-api';
import { applicationBody, submitAndScreen } from './demo-applications';
import { formDemoCommittee } from './demo-committees';
import { evaluateDemoApplications } from './demo-evaluations';
import { DemoFirm } from './demo-firms';
import { seedDemoGrants } from './demo-grants';
import { seedDemoMentoring } from './demo-mentoring';
import { assignStaff, committeeMembers, DemoApplicant, registerApplicant, SCORING_MEMBER_IDS } from './demo-people';

export const DEMO_CALL_ID = 'demo-2026-it-convergence';
export { ADVANCED_CALL_ID };

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

// The person acting for each lead firm; 박한빛 of 한빛정밀 is the one a newcomer signs in as.
const applicantNames: Partial<Record<keyof typeof firms, string>> = { hanbit: '박한빛', seohae: '정서해', gaon: '한가온', geumgang: '오금강' };
const applicantOf = (firm: DemoFirm): DemoApplicant => {
  const key = (Object.keys(firms) as (keyof typeof firms)[]).find((k) => firms[k] === firm) ?? 'hanbit';
  return { userId: `applicant-${key}`, name: applicantNames[key] ?? firm.name };
};

/** Seeds the demo once; a second start finds the call and leaves everything as it is. */
export async function seedDemo(urls: Readonly<Record<ServiceName, string>>, logger: Logger): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  const { applications, evaluation, centers } = urls;

  if ((await call(applications, 'GET', `/api/applications/calls/${DEMO_CALL_ID}`, pm)).status === 200) {
    logger.info({ callId: DEMO_CALL_ID }, 'demo data already present');
    return;
  }
  // A call needs the centers' province routing and the grants context's cap per project for its year.
  const year = programYearOf(new Date().toISOString());
  await eventually('the province routing and the cap per project in the applications service', async () => {
    const routing = await call(applications, 'GET', '/api/applications/routing', pm);
    const policy = await call(applications, 'GET', '/api/applications/program-policy', pm);
    return routing.status === 200 && (policy.body as { caps: { year: number }[] }).caps.some((cap) => cap.year === year) ? true : undefined;
  });

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

  await assignStaff(centers);
  for (const lead of [firms.hanbit, firms.seohae, firms.gaon, firms.geumgang]) await registerApplicant(centers, applicantOf(lead), lead);
  const committeeId = await formDemoCommittee(evaluation, DEMO_CALL_ID, 'jungbu');

  const consortia = [
    applicationBody(DEMO_CALL_ID, 'AI 기반 정밀가공 불량 예측', firms.hanbit, firms.nuri, 280_000_000, ['AI', 'smart-manufacturing']),
    applicationBody(DEMO_CALL_ID, '바이오 공정 데이터 플랫폼', firms.seohae, firms.ondam, 250_000_000, ['bio', 'AI']),
    applicationBody(DEMO_CALL_ID, '스마트팜 연계 가공식품 품질관리', firms.gaon, firms.maru, 200_000_000, ['smart-farm', 'IoT']),
    // Two mould makers, one business (KSIC group C292): screening will find it ineligible.
    applicationBody(DEMO_CALL_ID, '사출금형 설비 공동 개량', firms.geumgang, firms.boram, 150_000_000, ['smart-manufacturing']),
  ];
  const applicationIds: string[] = [];
  for (const body of consortia) applicationIds.push(await submitAndScreen(applications, body, applicantOf(body.leadFirm), 'jungbu'));
  // The bio and smart-farm consortia are evaluated to the end; the first stays open for the members' queues.
  const [, bio, farm] = applicationIds;
  await evaluateDemoApplications(evaluation, committeeId, SCORING_MEMBER_IDS, [
    { applicationId: bio, share: 0.85 },
    { applicationId: farm, share: 0.75 },
  ]);

  // The rest of the program on a second call: its awards paid and recovered, and mentoring, so every role's pages show data.
  const awarded = await seedAdvancedCall(urls);
  const grants = await seedDemoGrants(urls.grants, awarded);
  await seedDemoMentoring(urls, awarded);
  logger.info(
    { calls: [DEMO_CALL_ID, ADVANCED_CALL_ID], grants: grants.length, members: committeeMembers.map((m) => m.userId) },
    'demo seeded: sign in at the console as any demo person',
  );
}
