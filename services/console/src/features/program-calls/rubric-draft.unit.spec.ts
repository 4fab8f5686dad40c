import { rubricDraftOf, rubricRequestOf, weightSum } from './rubric-draft';

const rubric = {
  criteria: [
    { id: 'novelty', name: '융합성', weight: 60, minimumPercent: 40 },
    { id: 'market', name: '사업성', weight: 40, minimumPercent: 40 },
  ],
  passThreshold: 70,
  quorum: 5,
  trimFrom: 5,
};

describe("a call's rubric as typed", () => {
  it('starts from the rubric the call has and goes back unchanged', () => {
    expect(rubricRequestOf(rubricDraftOf(rubric))).toEqual(rubric);
  });

  it('adds up the weights typed so far, counting nothing for what is not a number', () => {
    const draft = rubricDraftOf(rubric);
    expect(weightSum(draft)).toBe(100);
    expect(weightSum({ ...draft, criteria: [{ ...draft.criteria[0], weight: 'sixty' }, draft.criteria[1]] })).toBe(40);
  });

  it('sends what is not a whole number as NaN, for the service to refuse by field', () => {
    const draft = rubricDraftOf(rubric);
    const request = rubricRequestOf({ ...draft, quorum: '4.5', criteria: [{ ...draft.criteria[0], id: ' novelty ', weight: '' }] });
    expect(request.quorum).toBeNaN();
    expect(request.criteria[0]).toMatchObject({ id: 'novelty', weight: Number.NaN });
  });
});
