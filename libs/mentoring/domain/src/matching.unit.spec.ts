import { matchMentors } from './matching';
import { CONSORTIUM, FIRM_A, FIRM_B, mentor, UNRELATED_FIRM } from './testing/fixtures';

const ids = (pool: Parameters<typeof matchMentors>[1]) => matchMentors(CONSORTIUM, pool).proposed.map((match) => match.mentorId);

describe('matchMentors ranking', () => {
  it('reports the fields and industries each proposed mentor shares with the consortium', () => {
    const result = matchMentors(CONSORTIUM, [mentor('m1', { fields: ['embedded-ai', 'robotics', 'smart-sensors'], industries: ['C', 'J'] })]);
    expect(result).toEqual({
      proposed: [{ mentorId: 'm1', matchedFields: ['smart-sensors', 'embedded-ai'], matchedIndustries: ['C26110', 'C10'] }],
      excluded: [],
    });
  });

  it('ranks by technology-field overlap first', () => {
    const pool = [
      mentor('m-one-field-two-industries', { fields: ['food-safety'], industries: ['C26', 'C10'] }),
      mentor('m-two-fields-no-industry', { fields: ['food-safety', 'smart-sensors'], industries: [] }),
    ];
    expect(ids(pool)).toEqual(['m-two-fields-no-industry', 'm-one-field-two-industries']);
  });

  it('breaks equal field overlap by industry overlap', () => {
    const pool = [
      mentor('m-a', { fields: ['food-safety'], industries: ['C26'] }),
      mentor('m-b', { fields: ['food-safety'], industries: ['C26', 'C10'] }),
      mentor('m-c', { fields: ['food-safety'], industries: [] }),
    ];
    expect(ids(pool)).toEqual(['m-b', 'm-a', 'm-c']);
  });

  it('breaks full ties by mentor id in code-unit order, whatever the pool order', () => {
    const pool = [mentor('m-b'), mentor('M-z'), mentor('m-a')];
    expect(ids(pool)).toEqual(['M-z', 'm-a', 'm-b']);
    expect(ids([...pool].reverse())).toEqual(['M-z', 'm-a', 'm-b']);
  });

  it('matches industries by KSIC prefix: a section covers its divisions, a division not its neighbours', () => {
    const match = (industries: string[]) => matchMentors(CONSORTIUM, [mentor('m', { industries })]).proposed[0]?.matchedIndustries;
    expect(match(['C'])).toEqual(['C26110', 'C10']);
    expect(match(['C26'])).toEqual(['C26110']);
    expect(match(['C27'])).toEqual([]);
  });

  it('counts an industry or field shared by several firms or listed twice once', () => {
    const sameIndustry = {
      ...CONSORTIUM,
      firms: [CONSORTIUM.firms[0], { registrationNumber: UNRELATED_FIRM, industryCode: 'C26110' }],
      technologyFields: ['smart-sensors', 'smart-sensors'],
    };
    expect(matchMentors(sameIndustry, [mentor('m')]).proposed).toEqual([{ mentorId: 'm', matchedFields: ['smart-sensors'], matchedIndustries: ['C26110'] }]);
  });

  it('proposes nobody from an empty pool', () => {
    expect(matchMentors(CONSORTIUM, [])).toEqual({ proposed: [], excluded: [] });
  });
});

describe('matchMentors exclusions', () => {
  it('excludes a retired mentor', () => {
    expect(matchMentors(CONSORTIUM, [mentor('m', { status: 'retired' })]).excluded).toEqual([{ mentorId: 'm', reasons: [{ kind: 'retired' }] }]);
  });

  it('excludes a mentor working at a member firm', () => {
    const pool = [mentor('m', { kind: 'senior-firm', affiliation: { firm: FIRM_B } })];
    expect(matchMentors(CONSORTIUM, pool)).toEqual({ proposed: [], excluded: [{ mentorId: 'm', reasons: [{ kind: 'same-firm', firm: FIRM_B }] }] });
  });

  it('excludes a mentor with a declared relationship with a member firm', () => {
    const pool = [mentor('m', { relationships: [{ firm: FIRM_A, kind: 'ownership' }] })];
    expect(matchMentors(CONSORTIUM, pool).excluded).toEqual([
      { mentorId: 'm', reasons: [{ kind: 'declared-relationship', firm: FIRM_A, relationship: 'ownership' }] },
    ]);
  });

  it('excludes a mentor sharing neither a field nor an industry', () => {
    const pool = [mentor('m', { fields: ['shipbuilding'], industries: ['C31'] })];
    expect(matchMentors(CONSORTIUM, pool).excluded).toEqual([{ mentorId: 'm', reasons: [{ kind: 'no-overlap' }] }]);
  });

  it('lists every reason that applies, in a fixed order', () => {
    const pool = [
      mentor('m', {
        status: 'retired',
        fields: ['shipbuilding'],
        industries: [],
        affiliation: { firm: FIRM_A },
        relationships: [
          { firm: FIRM_B, kind: 'family' },
          { firm: UNRELATED_FIRM, kind: 'advisory' },
          { firm: FIRM_A, kind: 'employment' },
        ],
      }),
    ];
    expect(matchMentors(CONSORTIUM, pool).excluded[0].reasons).toEqual([
      { kind: 'retired' },
      { kind: 'same-firm', firm: FIRM_A },
      { kind: 'declared-relationship', firm: FIRM_B, relationship: 'family' },
      { kind: 'declared-relationship', firm: FIRM_A, relationship: 'employment' },
      { kind: 'no-overlap' },
    ]);
  });

  it('ignores ties with firms outside the consortium', () => {
    const pool = [mentor('m', { affiliation: { firm: UNRELATED_FIRM }, relationships: [{ firm: UNRELATED_FIRM, kind: 'ownership' }] })];
    expect(ids(pool)).toEqual(['m']);
  });

  it('keeps proposed and excluded apart, the excluded in mentor-id order', () => {
    const pool = [mentor('m-3', { status: 'retired' }), mentor('m-2'), mentor('m-1', { affiliation: { firm: FIRM_A } })];
    const result = matchMentors(CONSORTIUM, pool);
    expect(result.proposed.map((match) => match.mentorId)).toEqual(['m-2']);
    expect(result.excluded.map((exclusion) => exclusion.mentorId)).toEqual(['m-1', 'm-3']);
  });
});
