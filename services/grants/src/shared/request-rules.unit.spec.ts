import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AsOfQuery } from '../audit/audit.request.dto';
import { GrantParams, ReasonRequest, TrancheParams } from '../awards/awards.request.dto';
import { DefineBudgetLineRequest } from '../program/program.request.dto';

/** The rules `plain` breaks as a `type`; empty when it passes. */
const broken = <T extends object>(type: new () => T, plain: object) =>
  validateSync(plainToInstance(type, plain)).flatMap((error) => Object.keys(error.constraints ?? {}));

describe('the request rules of grants', () => {
  it.each(['Receipt missing', '영수증 누락, "업체" 불명\n재확인\t필요', 'emoji 🙂 ok', ''])('takes %j as free text', (reason) => {
    expect(broken(ReasonRequest, { reason })).toEqual([]);
  });

  it.each([
    ['a NUL', 'a\u0000b', 'matches'],
    ['a bell', '\u0007', 'matches'],
    ['an escape sequence', '\u001b[31mred', 'matches'],
    ['DEL', 'x\u007f', 'matches'],
  ])('refuses free text with %s', (_what, reason, rule) => {
    expect(broken(ReasonRequest, { reason })).toEqual([rule]);
  });

  it.each(['2026-06-30T23:59:59+09:00', '2026-06-30T14:59Z', '2026-06-30T14:59:59.123Z', '2024-02-29T00:00:00-05:00'])('takes the instant %s', (at) => {
    expect(broken(AsOfQuery, { at })).toEqual([]);
  });

  it.each([
    '2026-06-30',
    '2026-06-30T23:59:59',
    '2026-W26-2',
    '2026-181',
    '2026-02-29T00:00:00Z',
    '2026-06-30T24:00:00Z',
    '2026-06-30T12:00:00.123456Z',
    '2026-06-30t12:00:00z',
  ])('refuses %s as an instant', (at) => {
    expect(broken(AsOfQuery, { at })).toEqual(['matches']);
  });

  it('takes only the ids the service issues in its paths', () => {
    expect(broken(GrantParams, { grantId: '3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c' })).toEqual([]);
    expect(broken(GrantParams, { grantId: '3F9B2C4E-8A1D-4E6F-B2C3-5D7E9F1A2B3C' })).toEqual(['matches']);
    expect(broken(TrancheParams, { grantId: '3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c', trancheId: 't24' })).toEqual([]);
    expect(broken(TrancheParams, { grantId: '3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c', trancheId: 't0' })).toEqual(['matches']);
  });

  it('names a line in kebab-case', () => {
    const line = { nameKo: '시범', nameEn: 'Pilot', amountWon: 1 };
    expect(broken(DefineBudgetLineRequest, { ...line, lineId: 'regional-pilot-2' })).toEqual([]);
    for (const lineId of ['Regional', 'r', '2-pilot', 'pilot\n', 'a'.repeat(64)])
      expect(broken(DefineBudgetLineRequest, { ...line, lineId })).toEqual(['matches']);
  });
});
