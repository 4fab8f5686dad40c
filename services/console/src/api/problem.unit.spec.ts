import { Problem, viewOfProblem } from './problem';

const problem = (errors: Problem['errors']): Problem => ({
  type: 'urn:yunghap:problem:request.invalid',
  title: 'Bad Request',
  status: 400,
  code: 'REQUEST.INVALID',
  detail: '요청이 올바르지 않습니다. (The request is invalid.)',
  errors,
});

describe('viewOfProblem', () => {
  const shown = new Set(['task.title', 'partnerFirms[0].registrationNumber']);

  it('puts each violation next to the field it names', () => {
    const view = viewOfProblem(
      problem([
        { field: 'task.title', rule: 'isNotEmpty', message: '과제명을 입력하세요' },
        { field: 'partnerFirms[0].registrationNumber', rule: 'isBusinessRegistrationNumber', message: '검증번호가 맞지 않습니다' },
      ]),
      shown,
    );
    expect(view.byField).toEqual({ 'task.title': ['과제명을 입력하세요'], 'partnerFirms[0].registrationNumber': ['검증번호가 맞지 않습니다'] });
    expect(view.general).toEqual([]);
  });

  it('keeps the detail and the violations of fields the form does not show for the alert', () => {
    const view = viewOfProblem(problem([{ field: 'callId', rule: 'isNotEmpty', message: 'missing' }]), shown);
    expect(view.byField).toEqual({});
    expect(view.general).toEqual(['요청이 올바르지 않습니다. (The request is invalid.)', 'callId: missing']);
  });

  it('shows a business refusal without field violations in the alert', () => {
    expect(viewOfProblem(problem(undefined), shown).general).toEqual(['요청이 올바르지 않습니다. (The request is invalid.)']);
  });

  it("places a business refusal next to the one field its details name, with the refusal's own words", () => {
    const refusal = {
      ...problem(undefined),
      status: 422,
      code: 'COMMITTEE.DEADLINE_NOT_AHEAD',
      detail: '채점 마감은 지금 이후여야 합니다.',
      details: { field: 'scoresDueAt' },
    };
    expect(viewOfProblem(refusal, new Set(['scoresDueAt']))).toEqual({ byField: { scoresDueAt: ['채점 마감은 지금 이후여야 합니다.'] }, general: [] });
    expect(viewOfProblem(refusal, shown).general).toEqual(['채점 마감은 지금 이후여야 합니다.']);
  });
});
