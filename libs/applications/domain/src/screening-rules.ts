import { consortiumOf, ownContributionOf, SME_SIZES } from './application-content';
import { INDUSTRY_LEVEL_KO, IndustryLevel } from './applications.policy';
import { instantOf, ksicClassAt } from '@yunghap/kernel';
import { firmKey } from './firm-key';
import { RuleFailure, ScreeningRule } from './screening.types';

// The eligibility rules a center screens every application against. Each failure says
// what is wrong in words an applicant can act on, with the figures that prove it.

const MINIMUM_SMES = 2;
const MINIMUM_INDUSTRIES = 2;
const LEVEL_PLURAL: Readonly<Record<IndustryLevel, string>> = { section: 'sections', division: 'divisions', group: 'groups', class: 'classes' };

function failure(code: string, message: string, details: Record<string, unknown>): RuleFailure {
  return { code, message, details };
}

/** The program is for consortia: two or more SMEs. */
export const atLeastTwoSmes: ScreeningRule = {
  code: 'SCREENING.TOO_FEW_SMES',
  check: ({ content }) => {
    const smeCount = consortiumOf(content).filter((firm) => SME_SIZES.includes(firm.size)).length;
    return smeCount >= MINIMUM_SMES
      ? undefined
      : failure(atLeastTwoSmes.code, `A consortium needs at least ${MINIMUM_SMES} SMEs; this one has ${smeCount}`, { smeCount, minimum: MINIMUM_SMES });
  },
};

/**
 * Convergence between different industries (이업종) is the point of the program: at least two of
 * the member SMEs must differ in KSIC class at the level the call judges by. Larger firms may join
 * but do not count, nor does a firm whose code is too coarse for that level to show a difference.
 */
export const differentIndustries: ScreeningRule = {
  code: 'SCREENING.SAME_INDUSTRY',
  check: ({ content }, { call: { industryLevel } }) => {
    const smes = consortiumOf(content).filter((firm) => SME_SIZES.includes(firm.size));
    const classes = smes.map((firm) => ksicClassAt(firm.industryCode, industryLevel));
    const distinct = [...new Set(classes.filter((industryClass) => industryClass !== undefined))];
    const unclassifiedFirms = classes.filter((industryClass) => industryClass === undefined).length;
    return distinct.length >= MINIMUM_INDUSTRIES
      ? undefined
      : failure(
          differentIndustries.code,
          `중소기업 회원사가 한국표준산업분류 ${INDUSTRY_LEVEL_KO[industryLevel]} 기준으로 ${MINIMUM_INDUSTRIES}개 이상의 서로 다른 업종이어야 합니다. ` +
            `(Member SMEs must come from at least ${MINIMUM_INDUSTRIES} different KSIC ${LEVEL_PLURAL[industryLevel]}.)`,
          { level: industryLevel, industries: distinct, unclassifiedFirms, smesCounted: smes.length },
        );
  },
};

export const withinCallCap: ScreeningRule = {
  code: 'SCREENING.ABOVE_CALL_CAP',
  check: ({ content: { requestedAmount } }, { call: { capPerProject } }) =>
    requestedAmount <= capPerProject
      ? undefined
      : failure(withinCallCap.code, `The requested ₩${requestedAmount} exceeds this call's cap of ₩${capPerProject} per project`, {
          requestedAmount,
          capPerProject,
        }),
};

/** Checked besides the call's cap: the program limit binds even a call opened before it was lowered. */
export const withinProgramLimit: ScreeningRule = {
  code: 'SCREENING.ABOVE_PROGRAM_LIMIT',
  check: ({ content: { requestedAmount } }, { programLimit }) =>
    requestedAmount <= programLimit
      ? undefined
      : failure(withinProgramLimit.code, `The requested ₩${requestedAmount} exceeds the program limit of ₩${programLimit} per project`, {
          requestedAmount,
          programLimit,
        }),
};

/** Opening ≤ submission ≤ closing, both ends included, compared as instants. */
export const submittedInCallWindow: ScreeningRule = {
  code: 'SCREENING.OUTSIDE_CALL_WINDOW',
  check: ({ submittedAt }, { call: { opensAt, closesAt } }) => {
    const submitted = submittedAt === undefined ? undefined : instantOf(submittedAt);
    const opens = instantOf(opensAt);
    const closes = instantOf(closesAt);
    const inside = submitted !== undefined && opens !== undefined && closes !== undefined && opens <= submitted && submitted <= closes;
    return inside
      ? undefined
      : failure(submittedInCallWindow.code, `The application must be submitted between ${opensAt} and ${closesAt}`, {
          submittedAt: submittedAt ?? null,
          opensAt,
          closesAt,
        });
  },
};

/** A firm may be in one active application per call, so one call cannot fund a firm twice. */
export const firmsNotInOtherApplications: ScreeningRule = {
  code: 'SCREENING.FIRM_IN_OTHER_APPLICATION',
  check: ({ content }, { firmsInOtherActiveApplications }) => {
    const taken = new Set(firmsInOtherActiveApplications.map(firmKey));
    const registrationNumbers = consortiumOf(content)
      .map((firm) => firm.registrationNumber)
      .filter((registrationNumber) => taken.has(registrationNumber));
    return registrationNumbers.length === 0
      ? undefined
      : failure(firmsNotInOtherApplications.code, `${registrationNumbers.length} member firm(s) already belong to another active application in this call`, {
          registrationNumbers,
        });
  },
};

/** The plan's government grants (정부지원금) add up to the amount requested. */
export const budgetPlanMatchesRequest: ScreeningRule = {
  code: 'SCREENING.BUDGET_PLAN_MISMATCH',
  check: ({ content: { requestedAmount, budgetPlan } }) => {
    // Every item is a safe integer, so the running sum is exact until it passes 2^53, and from
    // there it can only be larger than any requested amount: no false match.
    const budgetTotal = budgetPlan.reduce((sum, item) => sum + item.amount, 0);
    return budgetTotal === requestedAmount
      ? undefined
      : failure(
          budgetPlanMatchesRequest.code,
          `예산 계획의 정부지원금 합계 ₩${budgetTotal}이 신청 금액 ₩${requestedAmount}과 다릅니다. (The budget plan's grants add up to ₩${budgetTotal}, not the requested ₩${requestedAmount}.)`,
          { requestedAmount, budgetTotal },
        );
  },
};

/**
 * The consortium bears at least the call's share of the project's whole cost (government grant plus
 * own contribution, 민간부담금, cash and in kind), as Korean national R&D requires of its firms.
 */
export const ownShareAtLeastCallMinimum: ScreeningRule = {
  code: 'SCREENING.OWN_SHARE_BELOW_MINIMUM',
  check: ({ content: { budgetPlan } }, { call: { minimumOwnSharePercent } }) => {
    const ownContribution = budgetPlan.reduce((sum, item) => sum + ownContributionOf(item), 0);
    const totalCost = budgetPlan.reduce((sum, item) => sum + item.amount, 0) + ownContribution;
    // Compared in whole numbers: own / total ≥ percent / 100 without a division.
    if (ownContribution * 100 >= minimumOwnSharePercent * totalCost) return undefined;
    const minimumOwnContribution = Math.ceil((minimumOwnSharePercent * totalCost) / 100);
    return failure(
      ownShareAtLeastCallMinimum.code,
      `민간부담금 ₩${ownContribution}이 총사업비 ₩${totalCost}의 ${minimumOwnSharePercent}%(₩${minimumOwnContribution})에 못 미칩니다. ` +
        `(The own contribution of ₩${ownContribution} is below ${minimumOwnSharePercent}% of the total cost of ₩${totalCost}, ₩${minimumOwnContribution}.)`,
      { ownContribution, totalCost, minimumOwnSharePercent, minimumOwnContribution },
    );
  },
};

/** The call names the technology fields it funds; a task outside them is not this call's. */
export const technologyFieldsAllowed: ScreeningRule = {
  code: 'SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED',
  check: ({ content: { task } }, { call }) => {
    const notAllowed = task.technologyFields.filter((field) => !call.technologyFields.includes(field));
    return notAllowed.length === 0
      ? undefined
      : failure(technologyFieldsAllowed.code, `This call does not fund: ${notAllowed.join(', ')}`, { notAllowed, allowed: call.technologyFields });
  },
};

/** Every rule, in the order the failures are listed. */
export const SCREENING_RULES: readonly ScreeningRule[] = [
  atLeastTwoSmes,
  differentIndustries,
  withinCallCap,
  withinProgramLimit,
  submittedInCallWindow,
  firmsNotInOtherApplications,
  budgetPlanMatchesRequest,
  ownShareAtLeastCallMinimum,
  technologyFieldsAllowed,
];
