import { isDomainError, parseBusinessRegistrationNumber, programYearOf } from '@yunghap/kernel';
import { CommandPendingBody, MIN_POSITION_HEADER } from '@yunghap/platform-nest';
import { testUsers } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';

/** A valid 사업자등록번호 from nine digits: the check digit that the checksum accepts. */
export function registrationNumber(nineDigits: string): string {
  const digit = [...'0123456789'].find((d) => !isDomainError(parseBusinessRegistrationNumber(nineDigits + d)));
  if (digit === undefined) throw new Error(`no check digit fits ${nineDigits}`);
  return nineDigits + digit;
}

export const firm = (nineDigits: string, name: string, industryCode: string, province: string, size: 'small' | 'medium' = 'small') => ({
  registrationNumber: registrationNumber(nineDigits),
  name,
  industryCode,
  province,
  size,
});

/** A consortium's application body: two SMEs asking `requestedAmount` with a budget plan that adds up, bearing a third of the cost themselves. */
export function applicationBody(callId: string, title: string, leadFirm: ReturnType<typeof firm>, partner: ReturnType<typeof firm>, requestedAmount: number) {
  return {
    callId,
    leadFirm,
    partnerFirms: [partner],
    task: { title, summary: `${title}: 이업종 중소기업 간 융합기술 개발`, technologyFields: ['AI'], stage: 'rnd', durationMonths: 18 },
    requestedAmount,
    budgetPlan: [
      { category: 'personnel', amount: requestedAmount - 100_000_000, ownInKind: requestedAmount / 2 },
      { category: 'equipment-and-materials', amount: 100_000_000 },
    ],
  };
}

export const tokens = {
  pm: testUsers.pm,
  /** The applicant of a consortium's lead firm: who drafts, submits and reads its application. */
  applicant: (consortium: { lead: { registrationNumber: string } }) => testUsers.applicantOf(consortium.lead.registrationNumber),
  jungbuStaff: testUsers.staffOf('jungbu', 'staff-choi'),
  honamStaff: testUsers.staffOf('honam', 'staff-lim'),
  member: (userId: string, committeeId: string) => testUsers.memberOf(userId, committeeId),
};

/** Polls a GET until `accept` likes the body; cross-service effects arrive asynchronously. */
export function eventuallyGet<T>(url: string, path: string, token: string, accept: (body: T) => boolean, what: string): Promise<T> {
  return eventually(
    async () => {
      const res = await request(url).get(path).set('Authorization', token);
      return res.status === 200 && accept(res.body as T) ? (res.body as T) : undefined;
    },
    60_000,
    what,
  );
}

/** Where a command that answered 202 is read back: `path` when the command's own answer names no Location. */
export interface ReadBack {
  readonly url: string;
  readonly token: string;
  readonly path?: string;
}

/** How long a read back may find the read models behind the 202's position. */
const READ_BACK_BOUND_MS = 30_000;

/**
 * The answer to a command as a client honouring the API's 202 contract sees it: a command is
 * recorded even when the read models do not show it within the read-your-writes bound, and then
 * answers 202 with its position instead of the resource. It must not be sent again; the resource
 * is read (Location, or `readBack.path`) with `Yunghap-Min-Position`, which answers 503 until the
 * read models include the position. Returns the command's own answer when it is `expected`, else
 * the resource as read back, so callers use `.body` either way; anything else is an error.
 */
export async function settled(command: PromiseLike<request.Response>, expected: number, readBack: ReadBack): Promise<request.Response> {
  const answer = await command;
  const asked = `${answer.request.method} ${answer.request.url}`;
  if (answer.status === expected) return answer;
  if (answer.status !== 202) throw new Error(`${asked} answered ${answer.status}, not ${expected} or 202: ${answer.text}`);
  const pending = answer.body as CommandPendingBody;
  const path = readBack.path ?? pending.location;
  if (path === undefined) throw new Error(`${asked} answered 202 with no Location and the test named no resource to read back: ${answer.text}`);
  return eventually(
    async () => {
      const read = await request(readBack.url).get(path).set('Authorization', readBack.token).set(MIN_POSITION_HEADER, String(pending.position));
      if (read.status === 200) return read;
      if (read.status === 503) return undefined;
      throw new Error(`reading back ${path} after ${asked} answered 202 at position ${pending.position}: ${read.status} ${read.text}`);
    },
    READ_BACK_BOUND_MS,
    `${path} to show position ${pending.position} (${asked} answered 202)`,
  );
}

/** What the evaluation service refuses until the bus has brought it the call's opening (or the centers' routing). */
const NOT_HEARD_YET = new Set(['CALL.UNKNOWN', 'CENTER.UNKNOWN']);

/**
 * Forms a committee as a program manager once the evaluation service has heard of its call: the
 * call is opened in the applications service and its `CallOpened` reaches evaluation over the bus,
 * so a committee asked for at once may meet 422 `CALL.UNKNOWN` for a moment. A refused request
 * forms nothing, so it is asked again, for a bounded time. Answers the committee as formed.
 */
export function formCommittee(evaluation: string, body: { callId: string; centerId?: string; members?: readonly object[] }): Promise<request.Response> {
  const formed = eventually(
    async () => {
      const attempt = await request(evaluation).post('/api/evaluation/committees').set('Authorization', tokens.pm).send(body);
      return attempt.status === 422 && NOT_HEARD_YET.has(attempt.body.code) ? undefined : attempt;
    },
    60_000,
    `call ${body.callId} in the evaluation service`,
  );
  // The committee's id follows from its call and scope, so a 202 (which carries no Location) is read back there.
  const committeeId = `${body.callId}.${body.centerId ?? 'shared'}`;
  return settled(formed, 201, { url: evaluation, token: tokens.pm, path: `/api/evaluation/committees/${committeeId}` });
}

export const criteria = ['convergence-novelty', 'technical-feasibility', 'commercialisation', 'consortium-capability'] as const;
const WEIGHTS = [30, 25, 25, 20] as const;
/** A sheet on the default rubric; a score under 60 % of its weight carries the reason the evaluation service requires. */
export const scoresheet = (points: readonly [number, number, number, number]) => ({
  scores: criteria.map((criterionId, i) => ({
    criterionId,
    score: points[i],
    ...(points[i] * 100 < 60 * WEIGHTS[i] && { reason: `${criterionId}: 사업계획서의 근거가 부족함` }),
  })),
});

/**
 * Waits until the applications service can take a call: the centers' province mapping and the
 * grants context's cap per project for this year have both come over the bus.
 */
export async function awaitApplicationsReady(applications: string): Promise<void> {
  await eventuallyGet<{ mappingVersion: number }>(
    applications,
    '/api/applications/routing',
    tokens.pm,
    (b) => b.mappingVersion >= 1,
    'the routing mapping in applications',
  );
  const year = programYearOf(new Date().toISOString());
  await eventuallyGet<{ caps: { year: number }[] }>(
    applications,
    '/api/applications/program-policy',
    tokens.pm,
    (b) => b.caps.some((cap) => cap.year === year),
    `the ${year} cap per project in applications`,
  );
}

/**
 * One consortium's application taken through a call, screening and a five-member evaluation to
 * `evaluated-passed`, with the public APIs only. Returns its ids.
 */
export async function passedApplication(
  urls: { readonly applications: string; readonly evaluation: string },
  callId: string,
  consortium: { lead: ReturnType<typeof firm>; partner: ReturnType<typeof firm> },
  requested: number,
) {
  const { applications, evaluation } = urls;
  const committeeId = `${callId}.jungbu`;
  const members = ['expert-a', 'expert-b', 'expert-c', 'expert-d', 'expert-e'];
  await awaitApplicationsReady(applications);
  const day = 86_400_000;
  const asPm = { url: applications, token: tokens.pm };
  await settled(
    request(applications)
      .post('/api/applications/calls')
      .set('Authorization', tokens.pm)
      .send({
        callId,
        budgetLineId: 'it-convergence',
        title: '2026년 IT융합 기술개발 과제 공고',
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
        capPerProject: 500_000_000,
        technologyFields: ['AI'],
      }),
    201,
    asPm,
  );
  await formCommittee(evaluation, {
    callId,
    centerId: 'jungbu',
    members: members.map((userId) => ({ userId, name: `위원 ${userId}`, affiliation: '한국산업기술진흥원' })),
  });
  const drafted = await settled(
    request(applications)
      .post('/api/applications/applications')
      .set('Authorization', tokens.applicant(consortium))
      .send(applicationBody(callId, '스마트 공정 융합 과제', consortium.lead, consortium.partner, requested)),
    201,
    asPm,
  );
  const applicationId: string = drafted.body.applicationId;
  const application = { ...asPm, path: `/api/applications/applications/${applicationId}` };
  await settled(
    request(applications).post(`/api/applications/applications/${applicationId}/submit`).set('Authorization', tokens.applicant(consortium)),
    200,
    application,
  );
  await settled(
    request(applications).post(`/api/applications/applications/${applicationId}/screen`).set('Authorization', tokens.jungbuStaff).send({}),
    200,
    application,
  );
  await eventuallyGet<{ status: string }>(applications, application.path, tokens.pm, (b) => b.status === 'in-evaluation', 'in evaluation');
  const evaluationPath = `/api/evaluation/evaluations/${applicationId}`;
  for (const member of members) {
    const token = tokens.member(member, committeeId);
    const asMember = { url: evaluation, token, path: evaluationPath };
    await settled(
      request(evaluation)
        .put(`${evaluationPath}/my-scoresheet`)
        .set('Authorization', token)
        .send(scoresheet([26, 21, 21, 17])),
      200,
      asMember,
    );
    await settled(request(evaluation).post(`${evaluationPath}/my-scoresheet/seal`).set('Authorization', token), 200, asMember);
  }
  await settled(request(evaluation).post(`${evaluationPath}/close`).set('Authorization', tokens.pm), 200, {
    url: evaluation,
    token: tokens.pm,
    path: evaluationPath,
  });
  await eventuallyGet<{ status: string }>(applications, application.path, tokens.pm, (b) => b.status === 'evaluated-passed', 'evaluated passed');
  return { applicationId, committeeId };
}
