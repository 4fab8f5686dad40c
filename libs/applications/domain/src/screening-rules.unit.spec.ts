import { KsicCode, won } from '@yunghap/kernel';
import { ApplicationContent, Firm } from './application-content';
import { ApplicationsPolicy, DEFAULT_APPLICATIONS_POLICY } from './applications.policy';
import { screen } from './screen';
import {
  atLeastTwoSmes,
  budgetPlanMatchesRequest,
  differentIndustries,
  firmsNotInOtherApplications,
  SCREENING_RULES,
  submittedInCallWindow,
  technologyFieldsAllowed,
  withinCallCap,
  withinProgramLimit,
} from './screening-rules';
import { ScreenableApplication, ScreeningFacts, ScreeningRule } from './screening.types';
import { callFacts, CALL_ID, CONTENT, ELIGIBLE, screeningFacts, TIMES } from './testing/applications.fixtures';

const application = (content: Partial<ApplicationContent> = {}, submittedAt: string = TIMES.submission): ScreenableApplication => ({
  callId: CALL_ID,
  content: { ...CONTENT, ...content },
  submittedAt,
});
const lead = CONTENT.leadFirm;
const partner = CONTENT.partnerFirms[0];
const withIndustry = (firm: Firm, industryCode: string): Firm => ({ ...firm, industryCode: industryCode as KsicCode });

function check(
  rule: ScreeningRule,
  subject: ScreenableApplication,
  facts: ScreeningFacts = screeningFacts(),
  policy: ApplicationsPolicy = DEFAULT_APPLICATIONS_POLICY,
) {
  return rule.check(subject, facts, policy);
}

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
  it('passes members from two sections (C manufacturing, J information and communication)', () => {
    expect(check(differentIndustries, application())).toBeUndefined();
  });

  it('fails two divisions of one section when judged by section', () => {
    expect(check(differentIndustries, application({ partnerFirms: [withIndustry(partner, 'C26')] }))).toEqual({
      code: 'SCREENING.SAME_INDUSTRY',
      message: 'Members must come from at least 2 different industry sections',
      details: { granularity: 'section', industries: ['C'], unclassifiedFirms: 0 },
    });
  });

  it('passes two divisions of one section when judged by division', () => {
    const byDivision = { ...DEFAULT_APPLICATIONS_POLICY, industryGranularity: 'division' as const };
    expect(check(differentIndustries, application({ partnerFirms: [withIndustry(partner, 'C26')] }), screeningFacts(), byDivision)).toBeUndefined();
  });

  it('fails by division when a member gives only its section, and says how many could not be classed', () => {
    const byDivision = { ...DEFAULT_APPLICATIONS_POLICY, industryGranularity: 'division' as const };
    expect(check(differentIndustries, application({ partnerFirms: [withIndustry(partner, 'J')] }), screeningFacts(), byDivision)).toEqual({
      code: 'SCREENING.SAME_INDUSTRY',
      message: 'Members must come from at least 2 different industry divisions',
      details: { granularity: 'division', industries: ['C29'], unclassifiedFirms: 1 },
    });
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

  it('follows the configured limit', () => {
    const lower = { ...DEFAULT_APPLICATIONS_POLICY, maxGrantPerProject: won(200_000_000) };
    expect(check(withinProgramLimit, application(), screeningFacts(), lower)).toMatchObject({ details: { programLimit: 200_000_000 } });
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
  it('passes 120M + 80M + 50M for ₩250M', () => {
    expect(check(budgetPlanMatchesRequest, application())).toBeUndefined();
  });

  it('fails a plan one won short', () => {
    const budgetPlan = [...CONTENT.budgetPlan.slice(0, 2), { category: 'research-activities', amount: won(49_999_999) }];
    expect(check(budgetPlanMatchesRequest, application({ budgetPlan }))).toEqual({
      code: 'SCREENING.BUDGET_PLAN_MISMATCH',
      message: 'The budget plan adds up to ₩249999999, not the requested ₩250000000',
      details: { requestedAmount: 250_000_000, budgetTotal: 249_999_999 },
    });
  });

  it('fails an empty plan', () => {
    expect(check(budgetPlanMatchesRequest, application({ budgetPlan: [] }))).toMatchObject({ details: { budgetTotal: 0 } });
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

  it('applies the policy it is given', () => {
    const byDivision: ApplicationsPolicy = { maxGrantPerProject: won(100_000_000), industryGranularity: 'division' };
    const result = screen(application({ partnerFirms: [withIndustry(partner, 'C26')] }), screeningFacts(), byDivision);
    expect(result.failures.map((failure) => failure.code)).toEqual(['SCREENING.ABOVE_PROGRAM_LIMIT']);
  });
});
