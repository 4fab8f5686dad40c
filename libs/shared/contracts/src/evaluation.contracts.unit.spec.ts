// Through the index, which loads reflect-metadata before the decorators run.
import { EvaluationCompletedV1, parseContract } from './index';

const before = {
  evaluationId: 'app-1',
  applicationId: 'app-1',
  callId: 'call-2026-it',
  centerId: 'jungbu',
  passed: true,
  totalHundredths: 7600,
  criteria: [{ criterionId: 'convergence-novelty', meanHundredths: 2300, metMinimum: true }],
  sealedSheets: 5,
  failedReasons: [],
  completedAt: '2026-05-02T06:00:00.000Z',
};
const feedback = [{ criterionId: 'convergence-novelty', name: '융합성·독창성', maximum: 30, meanHundredths: 2300, reasons: ['가. 근거 부족', '나. 우수'] }];

describe('evaluation.EvaluationCompleted v1 and its feedback', () => {
  it('still takes a message published before the feedback was added', () => {
    expect(parseContract(EvaluationCompletedV1, before).feedback).toBeUndefined();
    expect(EvaluationCompletedV1.schemaVersion).toBe(1);
  });

  it("takes each criterion's name, maximum, mean and reasons", () => {
    expect(parseContract(EvaluationCompletedV1, { ...before, feedback }).feedback).toEqual(feedback);
  });

  it('refuses a member id or an individual score in the feedback, and a broken entry', () => {
    const withMember = [{ ...feedback[0], memberId: 'e1' }];
    expect(() => parseContract(EvaluationCompletedV1, { ...before, feedback: withMember })).toThrow(/feedback\.0.*memberId/);
    expect(() => parseContract(EvaluationCompletedV1, { ...before, feedback: [{ ...feedback[0], scores: [25, 20] }] })).toThrow(/scores/);
    expect(() => parseContract(EvaluationCompletedV1, { ...before, feedback: [{ ...feedback[0], maximum: 0, reasons: [7] }] })).toThrow(
      /maximum.*reasons|reasons.*maximum/s,
    );
    expect(() => parseContract(EvaluationCompletedV1, { ...before, feedback: 'none' })).toThrow(/feedback/);
  });
});
