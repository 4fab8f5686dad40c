import {
  BusinessRegistrationNumber,
  DomainError,
  isBlank,
  isDomainError,
  isPositiveWon,
  isWon,
  KsicCode,
  parseBusinessRegistrationNumber,
  parseKsicCode,
  parseProvince,
  Province,
  Won,
} from '@yunghap/kernel';
import { ApplicationError, ContentViolation, ValueError } from './applications.errors';
import { firmKey } from './firm-key';
import { isPositiveWholeNumber } from './value-checks';

/**
 * Firm size classes under the Framework Act on SMEs: `small` (소기업, micro firms included),
 * `medium` (중기업) — together the SMEs (중소기업) — then `mid-sized` (중견기업) and `large`
 * (대기업). Larger firms may join a consortium, but only SMEs count towards its minimum.
 */
export const FIRM_SIZES = ['small', 'medium', 'mid-sized', 'large'] as const;
export type FirmSize = (typeof FIRM_SIZES)[number];
export const SME_SIZES: readonly FirmSize[] = ['small', 'medium'];

/** The support package's stages, in the order a task moves through them. */
export const SUPPORT_STAGES = ['task-selection', 'rnd', 'commercialisation', 'investment-and-loans', 'overseas-expansion'] as const;
export type SupportStage = (typeof SUPPORT_STAGES)[number];

export interface Firm {
  readonly registrationNumber: BusinessRegistrationNumber;
  readonly name: string;
  readonly industryCode: KsicCode;
  /** Where the firm is registered; the lead firm's province decides the regional center. */
  readonly province: Province;
  readonly size: FirmSize;
}

export interface ConvergenceTask {
  readonly title: string;
  readonly summary: string;
  readonly technologyFields: readonly string[];
  readonly stage: SupportStage;
  readonly durationMonths: number;
}

/**
 * One category of the project's cost, split as Korean R&D budgets are: the government grant
 * (정부지원금) and the consortium's own contribution (민간부담금) in cash (현금) and in kind (현물).
 */
export interface BudgetItem {
  readonly category: string;
  /** The government grant asked for this category; the plan's grants add up to the requested amount. */
  readonly amount: Won;
  /** Absent in plans drafted before the own contribution was recorded: none. */
  readonly ownCash?: Won;
  readonly ownInKind?: Won;
}

/** The consortium's own contribution to one category, cash and in kind. */
export const ownContributionOf = (item: BudgetItem): number => (item.ownCash ?? 0) + (item.ownInKind ?? 0);

/** What a consortium proposes; every value in it has passed its value-object check. */
export interface ApplicationContent {
  readonly leadFirm: Firm;
  readonly partnerFirms: readonly Firm[];
  readonly task: ConvergenceTask;
  readonly requestedAmount: Won;
  readonly budgetPlan: readonly BudgetItem[];
}

/** The same content as typed by the applicant, before validation. */
export interface FirmInput {
  readonly registrationNumber: string;
  readonly name: string;
  readonly industryCode: string;
  readonly province: string;
  readonly size: string;
}

export interface ApplicationContentInput {
  readonly leadFirm: FirmInput;
  readonly partnerFirms: readonly FirmInput[];
  readonly task: Omit<ConvergenceTask, 'stage'> & { readonly stage: string };
  readonly requestedAmount: number;
  readonly budgetPlan: readonly { readonly category: string; readonly amount: number; readonly ownCash?: number; readonly ownInKind?: number }[];
}

/** Every member of the consortium, the lead firm first. */
export function consortiumOf(content: ApplicationContent): readonly Firm[] {
  return [content.leadFirm, ...content.partnerFirms];
}

function oneOf<T extends string>(allowed: readonly T[], raw: string, refusal: DomainError): T | DomainError {
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : refusal;
}

const text = (raw: string): string | DomainError => (isBlank(raw) ? ValueError.becauseTextRequired() : raw);
const amount = (raw: number): Won | DomainError => (isPositiveWon(raw) ? raw : ValueError.becauseNotPositiveWon());
const share = (raw: number): Won | DomainError => (isWon(raw) && raw >= 0 ? raw : ValueError.becauseNotWon());
const months = (raw: number): number | DomainError => (isPositiveWholeNumber(raw) ? raw : ValueError.becauseNotPositiveWholeNumber());
const violationAt = (field: string, error: DomainError): ContentViolation => ({ field, code: error.code, message: error.message });

/**
 * Turns the applicant's input into content, or refuses it with every problem found, each
 * addressed by its field, so a form can show them all at once.
 * Counting members, comparing industries and adding up the budget are screening rules, not
 * input checks: a draft may be incomplete, and the center's screening lists what is missing.
 */
export function validateApplicationContent(input: ApplicationContentInput): ApplicationContent | DomainError {
  const violations: ContentViolation[] = [];
  // Records a failed check and lets the build go on; the half-built content is discarded
  // below whenever anything failed, so the cast never escapes.
  const check = <T>(field: string, result: T | DomainError): T => {
    if (isDomainError(result)) violations.push(violationAt(field, result));
    return result as T;
  };
  const firm = (field: string, raw: FirmInput): Firm => ({
    registrationNumber: check(`${field}.registrationNumber`, parseBusinessRegistrationNumber(raw.registrationNumber)),
    name: check(`${field}.name`, text(raw.name)),
    industryCode: check(`${field}.industryCode`, parseKsicCode(raw.industryCode)),
    province: check(`${field}.province`, parseProvince(raw.province)),
    size: check(`${field}.size`, oneOf(FIRM_SIZES, raw.size, ValueError.becauseFirmSizeUnknown(FIRM_SIZES))),
  });
  // A category may be borne by the consortium alone (in-kind personnel, typically), but not be empty.
  const budgetItem = (field: string, raw: ApplicationContentInput['budgetPlan'][number]): BudgetItem => {
    const item = {
      category: check(`${field}.category`, text(raw.category)),
      amount: check(`${field}.amount`, share(raw.amount)),
      ownCash: check(`${field}.ownCash`, share(raw.ownCash ?? 0)),
      ownInKind: check(`${field}.ownInKind`, share(raw.ownInKind ?? 0)),
    };
    if (raw.amount === 0 && !raw.ownCash && !raw.ownInKind) violations.push(violationAt(`${field}.amount`, ValueError.becauseBudgetItemEmpty()));
    return item;
  };
  const { task } = input;
  if (task.technologyFields.length === 0) violations.push(violationAt('task.technologyFields', ValueError.becauseListEmpty()));

  const content: ApplicationContent = {
    leadFirm: firm('leadFirm', input.leadFirm),
    partnerFirms: input.partnerFirms.map((partner, index) => firm(`partnerFirms[${index}]`, partner)),
    task: {
      title: check('task.title', text(task.title)),
      summary: check('task.summary', text(task.summary)),
      technologyFields: task.technologyFields.map((field, index) => check(`task.technologyFields[${index}]`, text(field))),
      stage: check('task.stage', oneOf(SUPPORT_STAGES, task.stage, ValueError.becauseSupportStageUnknown(SUPPORT_STAGES))),
      durationMonths: check('task.durationMonths', months(task.durationMonths)),
    },
    requestedAmount: check('requestedAmount', amount(input.requestedAmount)),
    budgetPlan: input.budgetPlan.map((item, index) => budgetItem(`budgetPlan[${index}]`, item)),
  };
  violations.push(...repeatedFirms(input));
  return violations.length > 0 ? ApplicationError.becauseContentInvalid(violations) : content;
}

// A firm listed twice would count twice towards the consortium's minimum of two SMEs.
function repeatedFirms(input: ApplicationContentInput): ContentViolation[] {
  const seen = new Set([firmKey(input.leadFirm.registrationNumber)]);
  return input.partnerFirms.flatMap((partner, index) => {
    const key = firmKey(partner.registrationNumber);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [violationAt(`partnerFirms[${index}].registrationNumber`, ValueError.becauseFirmListedTwice())];
  });
}
