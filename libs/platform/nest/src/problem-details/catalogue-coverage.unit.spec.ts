import { DomainError, roleNotAllowed } from '@yunghap/kernel';
import { catalogueCoverage, COMPLETE_COVERAGE } from './catalogue-coverage';
import { PLATFORM_PROBLEM_CATALOGUE } from './platform-problem-catalogue';
import { codesRaisedIn } from './catalogue-coverage';

const LineError = {
  becauseClosed: (lineId: string) =>
    new DomainError('LINE.CLOSED', 'conflict', `예산 항목 ${lineId}이(가) 닫혔습니다. (Line ${lineId} is closed.)`, { lineId }),
  becauseShort: (lineId: string, available: number) =>
    new DomainError('LINE.SHORT', 'rule', `Line ${lineId} has only ₩${available.toFixed(0)} left`, { lineId, available }),
  becauseRoleNotAllowed: (actor: { role: 'finance' }, allowed: readonly 'program-manager'[]) =>
    roleNotAllowed('LINE.ROLE_NOT_ALLOWED', actor as never, allowed),
};
const domain = { LineError, lineDecider: { decide: () => undefined } };
const texts = (ko: string) => ({ ko, en: 'x' });

describe('catalogueCoverage', () => {
  it('is complete when every English-only refusal has an entry naming only values of its details', () => {
    const catalogue = { 'LINE.SHORT': texts('{lineId}에 ₩{available}뿐'), 'LINE.ROLE_NOT_ALLOWED': texts('{role} 불가') };
    expect(catalogueCoverage(domain, new Map(), catalogue)).toEqual(COMPLETE_COVERAGE);
  });

  it('names the English-only codes without an entry, including those only the sources raise', () => {
    const raised = new Map([
      ['LINE.OTHER', false],
      ['LINE.WORDED', true],
    ]);
    expect(catalogueCoverage(domain, raised, {}).withoutKorean).toEqual(['LINE.OTHER', 'LINE.ROLE_NOT_ALLOWED', 'LINE.SHORT']);
  });

  it('names placeholders the refusal cannot fill and entries for codes nobody raises', () => {
    const catalogue = { 'LINE.SHORT': texts('{lineId}: {balance}'), 'LINE.ROLE_NOT_ALLOWED': texts('불가'), 'LINE.GONE': texts('없음') };
    expect(catalogueCoverage(domain, new Map(), catalogue)).toMatchObject({ unfilledPlaceholders: ['LINE.SHORT {balance}'], unknownCodes: ['LINE.GONE'] });
  });
});

describe('the platform catalogue', () => {
  it('gives Korean to every refusal the kernel raises', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../shared/kernel/src`);
    expect(raised.size).toBeGreaterThan(3);
    expect(catalogueCoverage({}, raised, PLATFORM_PROBLEM_CATALOGUE).withoutKorean).toEqual([]);
  });
});
