// The demo's applications evaluated to the end, so that the ranking, the selection and the
// applicants' feedback have something to show: five members score and seal, the program manager closes.
import { call, expectOk, token } from './demo-api';

interface Criterion {
  readonly id: string;
  readonly weight: number;
}

const REASONS = [
  '이업종 기술의 결합 방식이 구체적이고 실현 가능성이 높음',
  '시장 수요 근거가 분명하나 판로 계획은 보완이 필요함',
  '참여 기업의 역할 분담이 명확함',
  '기술 개발 일정이 현실적임',
  '사업화 이후 매출 전망의 근거가 다소 부족함',
];

/** Waits until the evaluation of `applicationId` has opened (screening reaches evaluation over the bus), and answers its rubric's criteria. */
async function openedCriteria(evaluation: string, applicationId: string, pm: string): Promise<readonly Criterion[]> {
  for (let waited = 0; waited <= 30_000; waited += 200) {
    const read = await call(evaluation, 'GET', `/api/evaluation/evaluations/${applicationId}`, pm);
    const body = read.body as { status?: string; rubric?: { criteria: Criterion[] } } | null;
    if (read.status === 200 && body?.status === 'open' && body.rubric) return body.rubric.criteria;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`demo seed: the evaluation of ${applicationId} did not open within 30 s`);
}

/**
 * Scores each application with the first five members at `shares[i]` of every criterion's weight
 * (a point apart from member to member, so the trimmed mean has something to trim), seals, closes.
 */
export async function evaluateDemoApplications(
  evaluation: string,
  committeeId: string,
  memberIds: readonly string[],
  scored: readonly { readonly applicationId: string; readonly share: number }[],
): Promise<void> {
  const pm = token('pm-kim', 'program-manager');
  for (const { applicationId, share } of scored) {
    const criteria = await openedCriteria(evaluation, applicationId, pm);
    const path = `/api/evaluation/evaluations/${applicationId}`;
    for (const [index, memberId] of memberIds.entries()) {
      const member = token(memberId, 'committee-member', { committeeIds: [committeeId] });
      const scores = criteria.map((criterion, at) => ({
        criterionId: criterion.id,
        score: Math.min(criterion.weight, Math.round(criterion.weight * share) + (index % 3) - 1),
        reason: REASONS[(index + at) % REASONS.length],
      }));
      await expectOk(`scoring ${applicationId} as ${memberId}`, call(evaluation, 'PUT', `${path}/my-scoresheet`, member, { scores }), evaluation, member, path);
      await expectOk(`sealing ${applicationId} as ${memberId}`, call(evaluation, 'POST', `${path}/my-scoresheet/seal`, member), evaluation, member, path);
    }
    await expectOk(`closing the evaluation of ${applicationId}`, call(evaluation, 'POST', `${path}/close`, pm), evaluation, pm, path);
  }
}
