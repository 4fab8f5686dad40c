import type { Province } from '@yunghap/kernel';
import type { Application, FirmRequest, FirmSize, TaskStage } from '../../api/types';
import type { components } from '../../api/generated/applications';
import { canonicalRegistrationNumber } from '../../checks/firm-checks';
import { BudgetRow, parseWonInput } from './budget';

// The form holds what is typed (text), and turns it into the request the service validates only
// when it is sent: a half-typed amount stays on screen as typed instead of becoming a number.

export interface FirmDraft {
  readonly registrationNumber: string;
  readonly name: string;
  readonly industryCode: string;
  readonly size: FirmSize | '';
  readonly province: Province | '';
}

export interface BudgetDraft {
  readonly category: string;
  readonly amount: string;
  readonly ownCash: string;
  readonly ownInKind: string;
}

export interface FormDraft {
  readonly leadFirm: FirmDraft;
  readonly partnerFirms: readonly FirmDraft[];
  readonly title: string;
  readonly summary: string;
  /** Comma-separated, as typed. */
  readonly technologyFields: string;
  readonly stage: TaskStage;
  readonly durationMonths: string;
  readonly requestedAmount: string;
  readonly budgetPlan: readonly BudgetDraft[];
}

export type ContentRequest = components['schemas']['ApplicationContentRequest'];

export const emptyFirm = (registrationNumber = ''): FirmDraft => ({ registrationNumber, name: '', industryCode: '', size: '', province: '' });
export const emptyBudgetRow = (): BudgetDraft => ({ category: '', amount: '', ownCash: '', ownInKind: '' });

/** A new application: the applicant's own firm leads (its number from the session), one partner to fill in. */
export function newDraft(firmId: string): FormDraft {
  return {
    leadFirm: emptyFirm(firmId),
    partnerFirms: [emptyFirm()],
    title: '',
    summary: '',
    technologyFields: '',
    stage: 'rnd',
    durationMonths: '24',
    requestedAmount: '',
    budgetPlan: [emptyBudgetRow()],
  };
}

const firmDraftOf = (firm: FirmRequest): FirmDraft => ({ ...firm });
const text = (won: number) => String(won);

/** The form for an application already drafted. */
export function draftOf({ content }: Application): FormDraft {
  return {
    leadFirm: firmDraftOf(content.leadFirm),
    partnerFirms: content.partnerFirms.map(firmDraftOf),
    title: content.task.title,
    summary: content.task.summary,
    technologyFields: content.task.technologyFields.join(', '),
    stage: content.task.stage,
    durationMonths: String(content.task.durationMonths),
    requestedAmount: text(content.requestedAmount),
    budgetPlan: content.budgetPlan.map((item) => ({
      category: item.category,
      amount: text(item.amount),
      ownCash: text(item.ownCash),
      ownInKind: text(item.ownInKind),
    })),
  };
}

/** The budget rows as numbers for the sums (an unreadable amount counts as nothing until fixed). */
export function budgetRowsOf(draft: FormDraft): BudgetRow[] {
  return draft.budgetPlan.map((row) => ({
    category: row.category,
    amount: parseWonInput(row.amount) ?? 0,
    ownCash: parseWonInput(row.ownCash) ?? 0,
    ownInKind: parseWonInput(row.ownInKind) ?? 0,
  }));
}

// An unreadable number is sent as NaN → null in JSON, which the service refuses on that field by name.
const wonOrNaN = (typed: string) => parseWonInput(typed) ?? Number.NaN;

function firmRequestOf(firm: FirmDraft): FirmRequest {
  return {
    registrationNumber: canonicalRegistrationNumber(firm.registrationNumber),
    name: firm.name.trim(),
    industryCode: firm.industryCode.trim(),
    size: firm.size as FirmSize,
    province: firm.province as Province,
  };
}

/** The request the service checks; it names any field that is still wrong in its problem details. */
export function contentRequestOf(draft: FormDraft): ContentRequest {
  return {
    leadFirm: firmRequestOf(draft.leadFirm),
    partnerFirms: draft.partnerFirms.map(firmRequestOf),
    task: {
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      technologyFields: draft.technologyFields
        .split(',')
        .map((field) => field.trim())
        .filter((field) => field !== ''),
      stage: draft.stage,
      durationMonths: Number(draft.durationMonths),
    },
    requestedAmount: wonOrNaN(draft.requestedAmount),
    budgetPlan: draft.budgetPlan.map((row) => ({
      category: row.category.trim(),
      amount: wonOrNaN(row.amount),
      ownCash: wonOrNaN(row.ownCash),
      ownInKind: wonOrNaN(row.ownInKind),
    })),
  };
}
