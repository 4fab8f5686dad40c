import { ApplicationScreenedV1, CallClosedV1, CallOpenedV1, EvaluationCompletedV1, TOPICS } from './index';
import { contractPayload, ContractViolation, parseContract } from './contract';

const screened = {
  applicationId: 'app-1',
  callId: 'call-2026-it',
  centerId: 'honam',
  eligible: false,
  failedRules: [{ code: 'SCREENING.SINGLE_INDUSTRY', message: 'members come from one industry section' }],
  memberRegistrationNumbers: ['1248100998', '2208162517'],
  requestedWon: 300_000_000,
  submittedAt: '2026-03-10T01:00:00.000Z',
  screenedAt: '2026-03-12T05:00:00.000Z',
};

describe('contracts', () => {
  it('accepts a payload that matches its contract', () => {
    expect(parseContract(ApplicationScreenedV1, screened)).toMatchObject({ applicationId: 'app-1', eligible: false });
  });

  it('names every broken field, nested ones included, and refuses unknown fields', () => {
    const bad = { ...screened, requestedWon: 1.5, failedRules: [{ code: 7, message: 'x' }], extra: true };
    const attempt = () => parseContract(ApplicationScreenedV1, bad);
    expect(attempt).toThrow(ContractViolation);
    expect(attempt).toThrow(/requestedWon: .*integer/);
    expect(attempt).toThrow(/failedRules\.0\.code/);
    expect(attempt).toThrow(/extra/);
  });

  it('refuses amounts beyond exact integer range and non-objects', () => {
    expect(() => parseContract(ApplicationScreenedV1, { ...screened, requestedWon: Number.MAX_SAFE_INTEGER + 2 })).toThrow(/requestedWon/);
    expect(() => parseContract(EvaluationCompletedV1, 'nope')).toThrow(/must be an object/);
  });

  it('checks outgoing payloads too', () => {
    expect(() => contractPayload(ApplicationScreenedV1, { ...screened, screenedAt: 'yesterday' })).toThrow(/screenedAt/);
  });
});

describe('the call contracts', () => {
  const opened = {
    callId: 'call-2026-it',
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 과제 공고',
    opensAt: '2026-03-02T09:00:00+09:00',
    closesAt: '2026-03-31T18:00:00+09:00',
  };
  const closed = { callId: 'call-2026-it', closedAt: '2026-03-20T10:00:00.000Z', reason: '예산 조기 소진' };

  it('are v1 messages of the applications topic', () => {
    expect([CallOpenedV1, CallClosedV1].map(({ type, schemaVersion, topic }) => ({ type, schemaVersion, topic }))).toEqual([
      { type: 'applications.CallOpened', schemaVersion: 1, topic: TOPICS.applications },
      { type: 'applications.CallClosed', schemaVersion: 1, topic: TOPICS.applications },
    ]);
  });

  it('accept a call as opened and as closed early', () => {
    expect(parseContract(CallOpenedV1, opened)).toMatchObject(opened);
    expect(parseContract(CallClosedV1, closed)).toMatchObject(closed);
  });

  it('name every missing or malformed field and refuse unknown ones', () => {
    const { budgetLineId: _line, ...withoutLine } = opened;
    const attempt = () => parseContract(CallOpenedV1, { ...withoutLine, closesAt: 'end of March', capPerProject: 300_000_000 });
    expect(attempt).toThrow(ContractViolation);
    expect(attempt).toThrow(/budgetLineId/);
    expect(attempt).toThrow(/closesAt/);
    expect(attempt).toThrow(/capPerProject/);
    expect(() => parseContract(CallClosedV1, { callId: 'call-2026-it', closedAt: '2026-03-20T10:00:00.000Z' })).toThrow(/reason/);
    expect(() => contractPayload(CallOpenedV1, { ...opened, callId: 7 as unknown as string })).toThrow(/callId/);
  });
});
