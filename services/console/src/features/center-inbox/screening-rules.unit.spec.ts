import en from '../../i18n/en.json';
import ko from '../../i18n/ko.json';
import { explanationValues, ruleKeyOf, ruleOutcomes, SCREENING_RULE_CODES } from './screening-rules';

const failure = (code: string, details: Record<string, unknown>) => ({ code, message: `${code} failed`, details });

/** A message of a catalogue by its dotted key. */
const messageOf = (catalogue: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);

describe('ruleKeyOf', () => {
  it('names a known rule by its code without the prefix, and no key for an unknown one', () => {
    expect(ruleKeyOf('SCREENING.TOO_FEW_SMES')).toBe('screening.rules.TOO_FEW_SMES');
    expect(ruleKeyOf('SCREENING.SOMETHING_NEW')).toBeUndefined();
  });

  it('finds a name, a requirement and an explanation of every known rule in both languages', () => {
    const missing = SCREENING_RULE_CODES.flatMap((code) =>
      ['name', 'requirement', 'found'].flatMap((part) =>
        [ko, en].filter((catalogue) => typeof messageOf(catalogue, `${ruleKeyOf(code)}.${part}`) !== 'string').map(() => `${code}.${part}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe('explanationValues', () => {
  it('shows amounts as won, instants in Seoul time, lists joined and nothing as a dash', () => {
    const values = explanationValues(
      failure('SCREENING.OUTSIDE_CALL_WINDOW', { submittedAt: null, opensAt: '2026-03-01T00:00:00+09:00', closesAt: '2026-03-31T18:00:00+09:00' }),
      'ko',
    );
    expect(values).toEqual({ submittedAt: '—', opensAt: '2026. 3. 1. 00:00', closesAt: '2026. 3. 31. 18:00' });
    expect(explanationValues(failure('SCREENING.ABOVE_CALL_CAP', { requestedAmount: 600_000_000, capPerProject: 500_000_000 }), 'en')).toEqual({
      requestedAmount: '₩600,000,000',
      capPerProject: '₩500,000,000',
    });
    expect(
      explanationValues(failure('SCREENING.SAME_INDUSTRY', { level: 'division', industries: ['C26'], unclassifiedFirms: 0, smesCounted: 2 }), 'ko'),
    ).toEqual({
      level: 'division',
      industries: 'C26',
      unclassifiedFirms: 0,
      smesCounted: 2,
    });
    expect(explanationValues(failure('SCREENING.SAME_INDUSTRY', { industries: [] }), 'ko')).toEqual({ industries: '—' });
  });

  it('gives every variable the catalogue explanation of the rule interpolates', () => {
    // The details the domain records for this rule: a renamed detail would leave {{…}} unfilled.
    const values = explanationValues(
      failure('SCREENING.OWN_SHARE_BELOW_MINIMUM', { ownContribution: 90, totalCost: 400, minimumOwnSharePercent: 25, minimumOwnContribution: 100 }),
      'ko',
    );
    const found = String(messageOf(ko, 'screening.rules.OWN_SHARE_BELOW_MINIMUM.found'));
    const variables = [...found.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
    expect(variables.filter((variable) => !(variable in values))).toEqual([]);
  });
});

describe('ruleOutcomes', () => {
  it('lists every rule applied in order, passed ones without a failure', () => {
    const tooFew = failure('SCREENING.TOO_FEW_SMES', { smeCount: 1, minimum: 2 });
    const outcomes = ruleOutcomes({ rulesChecked: ['SCREENING.TOO_FEW_SMES', 'SCREENING.ABOVE_CALL_CAP'], failures: [tooFew] });
    expect(outcomes).toEqual([
      { code: 'SCREENING.TOO_FEW_SMES', failure: tooFew },
      { code: 'SCREENING.ABOVE_CALL_CAP', failure: undefined },
    ]);
  });

  it('still shows a failure of a rule missing from the rules checked', () => {
    const odd = failure('SCREENING.SOMETHING_NEW', {});
    expect(ruleOutcomes({ rulesChecked: [], failures: [odd] })).toEqual([{ code: 'SCREENING.SOMETHING_NEW', failure: odd }]);
  });
});
