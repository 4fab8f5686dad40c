import { isDomainError } from '@yunghap/kernel';
import { applicantFeedback } from './applicant-feedback';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { CompletedEvaluationState } from './evaluation.state';
import { closeEvaluation, expertIds, FIRM_A, opened, recused, scores, sealed, submitted } from './testing/fixtures';

const stateAfter = (events: readonly EvaluationEvent[]) => events.reduce(evaluationDecider.evolve, evaluationDecider.initialState());

/** Given the sheets, closed by a program manager: the state the outbox publishes the feedback from. */
function closedAfter(events: readonly EvaluationEvent[]): CompletedEvaluationState {
  const before = stateAfter(events);
  const decision = evaluationDecider.decide(closeEvaluation(), before);
  if (isDomainError(decision)) throw new Error(`refused: ${decision.code}`);
  const state = decision.reduce(evaluationDecider.evolve, before);
  if (state.status !== 'completed') throw new Error(state.status);
  return state;
}

const weakTeam = { 'consortium-capability': '참여 인력의 관련 경험이 부족함' };
// Seven members: e7 recused, e6 left a draft; e1–e5 sealed.
const history: EvaluationEvent[] = [
  opened(expertIds(7)),
  recused('e7', FIRM_A, 'employment'),
  ...[
    submitted('e1', scores(27, 22, 21, 10), 1, { ...weakTeam, 'convergence-novelty': '나. 융합 구조가 명확함' }),
    submitted('e2', scores(25, 20, 20, 11), 1, { 'consortium-capability': '가. 수행 경험이 없음' }),
    submitted('e3', scores(24, 20, 19, 15)),
    submitted('e4', scores(26, 21, 20, 9), 1, weakTeam),
    submitted('e5', scores(28, 23, 22, 16), 1, { 'convergence-novelty': '다. 독창적임' }),
  ].flatMap((event) => [event, sealed(event.data.memberId)]),
  submitted('e6', scores(5, 5, 5, 5), 1, { 'convergence-novelty': '초안의 사유' }),
];

describe('applicantFeedback', () => {
  it('gives each criterion its name, maximum and the mean that decided, in rubric order', () => {
    const state = closedAfter(history);
    const feedback = applicantFeedback(state);
    expect(feedback.map(({ criterionId, name, maximum, mean }) => ({ criterionId, name, maximum, mean }))).toEqual([
      { criterionId: 'convergence-novelty', name: 'Convergence and novelty (융합성·독창성)', maximum: 30, mean: 2600 },
      { criterionId: 'technical-feasibility', name: 'Technical feasibility (기술성)', maximum: 25, mean: 2100 },
      { criterionId: 'commercialisation', name: 'Commercialisation (사업화 가능성)', maximum: 25, mean: 2033 },
      { criterionId: 'consortium-capability', name: 'Consortium capability (컨소시엄 역량)', maximum: 20, mean: 1200 },
    ]);
    expect(feedback.map((criterion) => criterion.mean)).toEqual(state.result.criteria.map((criterion) => criterion.mean));
  });

  it("carries the counted sheets' reasons sorted, not in the members' order, duplicates kept", () => {
    const feedback = applicantFeedback(closedAfter(history));
    expect(feedback.map((criterion) => criterion.reasons)).toEqual([
      ['나. 융합 구조가 명확함', '다. 독창적임'],
      [],
      [],
      ['가. 수행 경험이 없음', '참여 인력의 관련 경험이 부족함', '참여 인력의 관련 경험이 부족함'],
    ]);
  });

  it('names no member and gives no individual score, and leaves out a draft that never counted', () => {
    const published = JSON.stringify(applicantFeedback(closedAfter(history)));
    for (const memberId of expertIds(7)) expect(published).not.toContain(`"${memberId}"`);
    expect(published).not.toContain('Expert');
    expect(published).not.toContain('초안의 사유');
    expect(Object.keys(applicantFeedback(closedAfter(history))[0]).sort()).toEqual(['criterionId', 'maximum', 'mean', 'name', 'reasons']);
  });
});
