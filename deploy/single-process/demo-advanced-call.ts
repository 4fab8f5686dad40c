// The demo's second call, on the advanced-technology line: three consortia (two at 중부권, one at
// 호남권) screened and evaluated to the end, so that awards, payments and mentoring have applications to follow.
import { call, expectOk, token } from './demo-api';
import { ApplicationBody, applicationBody, submitAndScreen } from './demo-applications';
import { formDemoCommittee } from './demo-committees';
import { evaluateDemoApplications } from './demo-evaluations';
import { advancedFirms as firms } from './demo-firms';
import { registerApplicant, SCORING_MEMBER_IDS } from './demo-people';

export const ADVANCED_CALL_ID = 'demo-2026-advanced-technology';

/** An application of the second call that the committee passed. */
export interface PassedApplication {
  readonly applicationId: string;
  readonly centerId: string;
  readonly body: ApplicationBody;
}

const consortia = [
  {
    centerId: 'jungbu',
    applicant: { userId: 'applicant-daedeok', name: '조민혁' },
    share: 0.88,
    body: applicationBody(ADVANCED_CALL_ID, '수소연료전지 스택 열관리 AI 제어', firms.daedeok, firms.cheongram, 380_000_000, ['hydrogen', 'AI']),
  },
  {
    centerId: 'jungbu',
    applicant: { userId: 'applicant-ochang', name: '배소윤' },
    share: 0.8,
    body: applicationBody(ADVANCED_CALL_ID, '로봇 비전 기반 반도체 웨이퍼 결함 검사', firms.ochang, firms.sejongRobotics, 320_000_000, [
      'semiconductor',
      'robotics',
    ]),
  },
  {
    centerId: 'honam',
    applicant: { userId: 'applicant-bitgoeul', name: '나은솔' },
    share: 0.82,
    body: applicationBody(ADVANCED_CALL_ID, '해상풍력 블레이드 복합소재 결함 진단', firms.bitgoeul, firms.yeongsan, 260_000_000, ['composites', 'wind-energy']),
  },
];

/** Opens the call (open now: applicants may still submit), seats its committees, and has the three consortia apply, screened and passed. */
export async function seedAdvancedCall({ applications, evaluation, centers }: { applications: string; evaluation: string; centers: string }) {
  const pm = token('pm-kim', 'program-manager');
  const day = 86_400_000;
  const opened = call(applications, 'POST', '/api/applications/calls', pm, {
    callId: ADVANCED_CALL_ID,
    budgetLineId: 'advanced-technology-innovation',
    title: '2026년 기술혁신 첨단기술 융합 공고 (데모)',
    opensAt: new Date(Date.now() - 2 * day).toISOString(),
    closesAt: new Date(Date.now() + 45 * day).toISOString(),
    capPerProject: 400_000_000,
    technologyFields: ['AI', 'hydrogen', 'semiconductor', 'robotics', 'composites', 'wind-energy'],
  });
  await expectOk('opening the advanced-technology call', opened, applications, pm);
  const committees = {
    jungbu: await formDemoCommittee(evaluation, ADVANCED_CALL_ID, 'jungbu'),
    honam: await formDemoCommittee(evaluation, ADVANCED_CALL_ID, 'honam'),
  };

  const passed: PassedApplication[] = [];
  for (const { centerId, applicant, body } of consortia) {
    await registerApplicant(centers, applicant, body.leadFirm);
    passed.push({ applicationId: await submitAndScreen(applications, body, applicant, centerId), centerId, body });
  }
  for (const [centerId, committeeId] of Object.entries(committees)) {
    const scored = consortia.flatMap((consortium, i) =>
      consortium.centerId === centerId ? [{ applicationId: passed[i].applicationId, share: consortium.share }] : [],
    );
    await evaluateDemoApplications(evaluation, committeeId, SCORING_MEMBER_IDS, scored);
  }
  return passed;
}
