import { KsicCode, won } from '@yunghap/kernel';
import { ApplicationContent, Firm } from './application-content';
import { DEFAULT_APPLICATIONS_POLICY, IndustryLevel } from './applications.policy';
import { screen } from './screen';
import {
  atLeastTwoSmes,
  budgetPlanMatchesRequest,
  differentIndustries,
  ownShareAtLeastCallMinimum,
  firmsNotInOtherApplications,
  SCREENING_RULES,
  submittedInCallWindow,
  technologyFieldsAllowed,
  withinCallCap,
  withinProgramLimit,
} from './screening-rules';
import { ScreenableApplication, ScreeningFacts, ScreeningRule } from './screening.types';
import { callFacts, CALL_ID, CONTENT, ELIGIBLE, screeningFacts, TIMES } from './testing/applications.fixtures';
import { SAME_BUSINESS_FIRMS, SHOWCASE_FIRMS, SHOWCASE_PAIRS } from './testing/showcase-consortia.fixtures';

const application = (content: Partial<ApplicationContent> = {}, submittedAt: string = TIMES.submission): ScreenableApplication => ({
  callId: CALL_ID,
  content: { ...CONTENT, ...content },
  submittedAt,
});
const lead = CONTENT.leadFirm;
const partner = CONTENT.partnerFirms[0];
const withIndustry = (firm: Firm, industryCode: string): Firm => ({ ...firm, industryCode: industryCode as KsicCode });

const check = (rule: ScreeningRule, subject: ScreenableApplication, facts: ScreeningFacts = screeningFacts()) => rule.check(subject, facts);

describe('screening rule: at least two SMEs', () => {
  it('passes a small and a medium firm', () => {
    expect(check(atLeastTwoSmes, application())).toBeUndefined();
  });

  it('fails a lone firm', () => {
    expect(check(atLeastTwoSmes, application({ partnerFirms: [] }))).toEqual({
      code: 'SCREENING.TOO_FEW_SMES',
      message: 'A consortium needs at least 2 SMEs; this one has 1',
      details: { smeCount: 1, minimum: 2 },
    });
  });

  it('does not count mid-sized or large partners as SMEs', () => {
    const partners = [
      { ...partner, size: 'mid-sized' as const },
      { ...partner, registrationNumber: lead.registrationNumber, size: 'large' as const },
    ];
    expect(check(atLeastTwoSmes, application({ partnerFirms: partners }))).toMatchObject({ details: { smeCount: 1 } });
  });
});

describe('screening rule: different industries', () => {
  const consortium = (...members: Firm[]) => application({ leadFirm: members[0], partnerFirms: members.slice(1) });
  const judgedBy = (industryLevel: IndustryLevel) => screeningFacts({ call: callFacts({ industryLevel }) });

  it('uses the KSIC group unless the call says otherwise', () => {
    expect(DEFAULT_APPLICATIONS_POLICY.defaultIndustryLevel).toBe('group');
  });

  it.each(SHOWCASE_PAIRS.map(([lead, partner]) => [`${lead.name} + ${partner.name}`, lead, partner] as const))(
    "passes the program's showcase pair %s",
    (_pair, lead, partner) => {
      expect(check(differentIndustries, consortium(lead, partner))).toBeUndefined();
    },
  );

  it('refused 남양부직포 with 이브자리 when judged by section or division, as it did before calls chose their level', () => {
    for (const level of ['section', 'division'] as const) {
      expect(check(differentIndustries, consortium(SHOWCASE_FIRMS.namyangNonwoven, SHOWCASE_FIRMS.ibzari), judgedBy(level))).toMatchObject({
        code: 'SCREENING.SAME_INDUSTRY',
      });
    }
  });

  it('fails two firms of one business (two injection-mould makers), naming the level and the one industry found', () => {
    expect(check(differentIndustries, consortium(SAME_BUSINESS_FIRMS.firstMouldMaker, SAME_BUSINESS_FIRMS.secondMouldMaker))).toEqual({
      code: 'SCREENING.SAME_INDUSTRY',
      message:
        '중소기업 회원사가 한국표준산업분류 소분류 기준으로 2개 이상의 서로 다른 업종이어야 합니다. (Member SMEs must come from at least 2 different KSIC groups.)',
      details: { level: 'group', industries: ['C292'], unclassifiedFirms: 0, smesCounted: 2 },
    });
    expect(check(differentIndustries, consortium(SAME_BUSINESS_FIRMS.firstMouldMaker, SAME_BUSINESS_FIRMS.secondMouldMaker), judgedBy('class'))).toBeDefined();
  });

  it('passes a machinery maker with a metals firm, both manufacturers of section C', () => {
    expect(check(differentIndustries, consortium(SAME_BUSINESS_FIRMS.machineryMaker, SAME_BUSINESS_FIRMS.metalsFirm))).toBeUndefined();
    expect(check(differentIndustries, consortium(SAME_BUSINESS_FIRMS.machineryMaker, SAME_BUSINESS_FIRMS.metalsFirm), judgedBy('section'))).toBeDefined();
  });

  it('does not count a large or mid-sized firm of another industry: the rule is about SMEs', () => {
    const twoMouldMakers = [SAME_BUSINESS_FIRMS.firstMouldMaker, SAME_BUSINESS_FIRMS.secondMouldMaker];
    for (const size of ['large', 'mid-sized'] as const) {
      const largeItFirm = { ...SHOWCASE_FIRMS.greenInfoComm, size };
      expect(check(differentIndustries, consortium(...twoMouldMakers, largeItFirm))).toMatchObject({ details: { industries: ['C292'], smesCounted: 2 } });
    }
    expect(check(differentIndustries, consortium(...twoMouldMakers, SHOWCASE_FIRMS.greenInfoComm))).toBeUndefined();
  });

  it('does not count a member whose code is too coarse for the level, and says how many there were', () => {
    expect(check(differentIndustries, application({ partnerFirms: [withIndustry(partner, 'J62')] }))).toMatchObject({
      details: { level: 'group', industries: ['C291'], unclassifiedFirms: 1 },
    });
    expect(check(differentIndustries, application({ partnerFirms: [withIndustry(partner, 'J62')] }), judgedBy('division'))).toBeUndefined();
  });
});

describe('screening rule: within the call cap', () => {
  it('passes a request equal to the cap', () => {
    expect(check(withinCallCap, application(), screeningFacts({ call: callFacts({ capPerProject: won(250_000_000) }) }))).toBeUndefined();
  });

  it('fails a request one won above the cap', () => {
    expect(check(withinCallCap, application(), screeningFacts({ call: callFacts({ capPerProject: won(249_999_999) }) }))).toEqual({
      code: 'SCREENING.ABOVE_CALL_CAP',
      message: "The requested ₩250000000 exceeds this call's cap of ₩249999999 per project",
      details: { requestedAmount: 250_000_000, capPerProject: 249_999_999 },
    });
  });
});

describe('screening rule: within the program limit', () => {
  it('passes ₩500,000,000 exactly', () => {
    expect(check(withinProgramLimit, application({ requestedAmount: won(500_000_000) }))).toBeUndefined();
  });

  it('fails ₩500,000,001', () => {
    expect(check(withinProgramLimit, application({ requestedAmount: won(500_000_001) }))).toEqual({
      code: 'SCREENING.ABOVE_PROGRAM_LIMIT',
      message: 'The requested ₩500000001 exceeds the program limit of ₩500000000 per project',
      details: { requestedAmount: 500_000_001, programLimit: 500_000_000 },
    });
  });

  it("follows the grants context's cap as the facts carry it", () => {
    expect(check(withinProgramLimit, application(), screeningFacts({ programLimit: won(200_000_000) }))).toMatchObject({
      details: { programLimit: 200_000_000 },
    });
  });
});

describe('screening rule: submitted inside the call window', () => {
  const window = screeningFacts({ call: callFacts({ opensAt: '2026-03-02T09:00:00+09:00', closesAt: '2026-03-31T18:00:00+09:00' }) });

  it.each(['2026-03-02T09:00:00+09:00', '2026-03-15T12:00:00+09:00', '2026-03-31T09:00:00Z'])('passes a submission at %s (ends included)', (submittedAt) => {
    expect(check(submittedInCallWindow, application({}, submittedAt), window)).toBeUndefined();
  });

  it.each(['2026-03-02T08:59:59+09:00', '2026-03-31T09:00:01Z'])('fails a submission at %s', (submittedAt) => {
    expect(check(submittedInCallWindow, application({}, submittedAt), window)).toEqual({
      code: 'SCREENING.OUTSIDE_CALL_WINDOW',
      message: 'The application must be submitted between 2026-03-02T09:00:00+09:00 and 2026-03-31T18:00:00+09:00',
      details: { submittedAt, opensAt: '2026-03-02T09:00:00+09:00', closesAt: '2026-03-31T18:00:00+09:00' },
    });
  });

  it('fails an application never submitted', () => {
    const draft: ScreenableApplication = { callId: CALL_ID, content: CONTENT };
    expect(check(submittedInCallWindow, draft, window)).toMatchObject({ details: { submittedAt: null } });
  });

  it('fails when the call window in the facts cannot be read', () => {
    expect(check(submittedInCallWindow, application(), screeningFacts({ call: callFacts({ closesAt: 'end of March' }) }))).toMatchObject({
      code: 'SCREENING.OUTSIDE_CALL_WINDOW',
    });
  });
});

describe('screening rule: a firm in one active application per call', () => {
  it('passes when no member is in another active application', () => {
    expect(
      check(firmsNotInOtherApplications, application(), screeningFacts({ firmsInOtherActiveApplications: ['617-81-04569', '2118809875'] })),
    ).toBeUndefined();
  });

  it('fails and names the members already applying, however the facts write their numbers', () => {
    const facts = screeningFacts({ firmsInOtherActiveApplications: ['220-81-06252', '6178104569', '1058601235'] });
    expect(check(firmsNotInOtherApplications, application(), facts)).toEqual({
      code: 'SCREENING.FIRM_IN_OTHER_APPLICATION',
      message: '2 member firm(s) already belong to another active application in this call',
      details: { registrationNumbers: ['2208106252', '1058601235'] },
    });
  });
});

describe('screening rule: the budget plan adds up to the request', () => {
  it('passes grants of 120M + 80M + 50M for ₩250M, whatever the consortium adds', () => {
    expect(check(budgetPlanMatchesRequest, application())).toBeUndefined();
  });

  it('fails a plan one won short', () => {
    const budgetPlan = [...CONTENT.budgetPlan.slice(0, 2), { category: 'research-activities', amount: won(49_999_999) }];
    expect(check(budgetPlanMatchesRequest, application({ budgetPlan }))).toEqual({
      code: 'SCREENING.BUDGET_PLAN_MISMATCH',
      message:
        "예산 계획의 정부지원금 합계 ₩249999999이 신청 금액 ₩250000000과 다릅니다. (The budget plan's grants add up to ₩249999999, not the requested ₩250000000.)",
      details: { requestedAmount: 250_000_000, budgetTotal: 249_999_999 },
    });
  });

  it('fails an empty plan', () => {
    expect(check(budgetPlanMatchesRequest, application({ budgetPlan: [] }))).toMatchObject({ details: { budgetTotal: 0 } });
  });
});

describe('screening rule: the own contribution (민간부담금) reaches the call minimum', () => {
  const withOwn = (ownCash: number, ownInKind: number) =>
    application({ budgetPlan: [{ category: 'personnel', amount: won(250_000_000), ownCash: won(ownCash), ownInKind: won(ownInKind) }] });

  it('passes ₩90M own on ₩250M of grant (26.5 %) against 25 %', () => {
    expect(check(ownShareAtLeastCallMinimum, application())).toBeUndefined();
  });

  it('passes exactly the minimum, cash and in kind counted together: ₩250M grant + ₩83,333,334 own is 25.0000…%', () => {
    expect(check(ownShareAtLeastCallMinimum, withOwn(40_000_000, 43_333_334))).toBeUndefined();
  });

  it('fails one won short of it, with the figures that prove it', () => {
    expect(check(ownShareAtLeastCallMinimum, withOwn(40_000_000, 43_333_333))).toEqual({
      code: 'SCREENING.OWN_SHARE_BELOW_MINIMUM',
      message:
        '민간부담금 ₩83333333이 총사업비 ₩333333333의 25%(₩83333334)에 못 미칩니다. (The own contribution of ₩83333333 is below 25% of the total cost of ₩333333333, ₩83333334.)',
      details: { ownContribution: 83_333_333, totalCost: 333_333_333, minimumOwnSharePercent: 25, minimumOwnContribution: 83_333_334 },
    });
  });

  it('fails a plan that is all government money, which the rule did not see before', () => {
    expect(check(ownShareAtLeastCallMinimum, withOwn(0, 0))).toMatchObject({ details: { ownContribution: 0, totalCost: 250_000_000 } });
  });

  it("applies the call's own minimum, and plans drafted before own contributions were recorded count none", () => {
    const legacyPlan = application({ budgetPlan: [{ category: 'personnel', amount: won(250_000_000) }] });
    expect(check(ownShareAtLeastCallMinimum, legacyPlan, screeningFacts({ call: callFacts({ minimumOwnSharePercent: 0 }) }))).toBeUndefined();
    expect(check(ownShareAtLeastCallMinimum, application(), screeningFacts({ call: callFacts({ minimumOwnSharePercent: 30 }) }))).toMatchObject({
      details: { minimumOwnSharePercent: 30, minimumOwnContribution: 102_000_000 },
    });
  });
});

describe('screening rule: technology fields allowed by the call', () => {
  it('passes fields the call names', () => {
    expect(check(technologyFieldsAllowed, application())).toBeUndefined();
  });

  it('fails and lists the fields the call does not fund', () => {
    const task = { ...CONTENT.task, technologyFields: ['AI', 'biotech', 'robotics'] };
    expect(check(technologyFieldsAllowed, application({ task }))).toEqual({
      code: 'SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED',
      message: 'This call does not fund: biotech, robotics',
      details: { notAllowed: ['biotech', 'robotics'], allowed: ['AI', 'IoT', 'smart-manufacturing'] },
    });
  });
});

describe('screen', () => {
  it('finds a complete, timely application eligible and records the rules it applied', () => {
    expect(screen(application(), screeningFacts())).toEqual(ELIGIBLE);
    expect(ELIGIBLE.rulesChecked).toEqual(SCREENING_RULES.map((rule) => rule.code));
  });

  it('lists every failed rule, in rule order, not just the first', () => {
    const content = { partnerFirms: [], requestedAmount: won(600_000_000) };
    const facts = screeningFacts({ call: callFacts({ closesAt: '2026-03-09T18:00:00+09:00' }), firmsInOtherActiveApplications: ['2208106252'] });

    const result = screen(application(content), facts);

    expect(result.outcome).toBe('ineligible');
    expect(result.failures.map((failure) => failure.code)).toEqual([
      'SCREENING.TOO_FEW_SMES',
      'SCREENING.SAME_INDUSTRY',
      'SCREENING.ABOVE_CALL_CAP',
      'SCREENING.ABOVE_PROGRAM_LIMIT',
      'SCREENING.OUTSIDE_CALL_WINDOW',
      'SCREENING.FIRM_IN_OTHER_APPLICATION',
      'SCREENING.BUDGET_PLAN_MISMATCH',
    ]);
  });

  it('applies the facts it is given', () => {
    const result = screen(application(), screeningFacts({ programLimit: won(100_000_000), call: callFacts({ industryLevel: 'section' }) }));
    expect(result.failures.map((failure) => failure.code)).toEqual(['SCREENING.ABOVE_PROGRAM_LIMIT']);
  });
});
