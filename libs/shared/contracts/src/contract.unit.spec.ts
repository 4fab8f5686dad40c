import { ApplicationScreenedV1, EvaluationCompletedV1 } from './index';
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
