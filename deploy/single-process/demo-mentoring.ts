// Mentoring for two of the second call's consortia: a mentor pool, an engagement whose ₩10M
// allocation finance approved (started, a first session held), and one whose allocation waits for finance-lee.
import { koreanDayOf } from '@yunghap/kernel';
import { PassedApplication } from './demo-advanced-call';
import { call, eventually, expectOk, token } from './demo-api';
import { jungwonMachinery } from './demo-firms';
import { staffToken } from './demo-people';

const mentors = [
  {
    kind: 'expert',
    name: '정하늘',
    expertise: { fields: ['hydrogen', 'AI'], industries: ['C28', 'J'] },
    affiliation: { institution: '한국에너지기술연구원' },
  },
  {
    kind: 'convergence-consultant',
    name: '문서윤',
    expertise: { fields: ['composites', 'wind-energy'], industries: ['C22', 'M'] },
    affiliation: { institution: '광주테크노파크 융합 컨설턴트 풀' },
  },
  {
    kind: 'senior-firm',
    name: '강태오',
    expertise: { fields: ['robotics', 'smart-manufacturing'], industries: ['C29'] },
    affiliation: { firm: jungwonMachinery.registrationNumber },
  },
] as const;

interface Engagement {
  readonly engagementId: string;
  readonly status: string;
  readonly allocations: readonly { readonly allocationId: string }[];
}

/** Proposes an engagement for the consortium as its center's coordinator, confirms `mentorId`, and asks grants for the allocation. */
async function requestAllocation(mentoring: string, { applicationId, centerId, body }: PassedApplication, mentorId: string) {
  const coordinator = staffToken(centerId);
  const consortium = {
    consortiumId: applicationId,
    applicationId,
    firms: [body.leadFirm, ...body.partnerFirms].map(({ registrationNumber, industryCode }) => ({ registrationNumber, industryCode })),
    technologyFields: body.task.technologyFields,
  };
  const proposed = (await expectOk(
    `proposing mentoring for ${body.task.title}`,
    call(mentoring, 'POST', '/api/mentoring/engagements', coordinator, { consortium }),
    mentoring,
    coordinator,
  )) as Engagement;
  const path = `/api/mentoring/engagements/${proposed.engagementId}`;
  await expectOk('confirming the mentor', call(mentoring, 'POST', `${path}/mentor`, coordinator, { mentorId }), mentoring, coordinator, path);
  const asked = (await expectOk(
    'asking for the allocation',
    call(mentoring, 'POST', `${path}/allocation`, coordinator),
    mentoring,
    coordinator,
    path,
  )) as Engagement;
  return { path, allocationId: asked.allocations[asked.allocations.length - 1].allocationId };
}

export async function seedDemoMentoring({ mentoring, grants }: { mentoring: string; grants: string }, passed: readonly PassedApplication[]): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  const financeLee = token('finance-lee', 'finance');
  const mentorIds: string[] = [];
  for (const mentor of mentors) {
    const registered = (await expectOk(`registering ${mentor.name}`, call(mentoring, 'POST', '/api/mentoring/mentors', pm, mentor), mentoring, pm)) as {
      mentorId: string;
    };
    mentorIds.push(registered.mentorId);
  }
  const [hydrogenMentor, windMentor] = mentorIds;
  const [hydrogen, , wind] = passed;

  const { path, allocationId } = await requestAllocation(mentoring, hydrogen, hydrogenMentor);
  const allocationPath = `/api/grants/allocations/${allocationId}`;
  await eventually('the allocation request in grants', async () => ((await call(grants, 'GET', allocationPath, financeLee)).status === 200 ? true : undefined));
  await expectOk('approving the allocation', call(grants, 'POST', `${allocationPath}/approval`, financeLee), grants, financeLee, allocationPath);
  // Grants' approval reaches mentoring over the bus and starts the engagement; only then is a session held.
  const coordinator = staffToken(hydrogen.centerId);
  await eventually('the hydrogen engagement to start', async () => {
    const read = await call(mentoring, 'GET', path, coordinator);
    return (read.body as Engagement | null)?.status === 'started' ? true : undefined;
  });
  const session = {
    date: koreanDayOf(new Date().toISOString()),
    minutes: 120,
    topic: '스택 열관리 제어 알고리즘과 센서 배치 검토',
    outcome: '시제품 열화상 데이터 수집 계획과 AI 모델 학습 일정에 합의',
  };
  await expectOk('logging the first session', call(mentoring, 'POST', `${path}/sessions`, coordinator, session), mentoring, coordinator, path);

  // Left for finance-lee: the honam coordinator confirmed the mentor, so finance may approve it.
  await requestAllocation(mentoring, wind, windMentor);
}
