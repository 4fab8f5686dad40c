import { seoulInstantOf } from '../../format/when';

/** What the program manager types to open a call, kept as text until it is sent. */
export interface CallDraft {
  readonly callId: string;
  readonly title: string;
  readonly budgetLineId: string;
  /** `datetime-local` values, Seoul time. */
  readonly opensAt: string;
  readonly closesAt: string;
  /** Whole won, thousands separators allowed. */
  readonly capPerProject: string;
  /** Comma-separated. */
  readonly technologyFields: string;
  readonly industryLevel: 'section' | 'division' | 'group' | 'class';
  readonly minimumOwnSharePercent: string;
}

export const EMPTY_CALL: CallDraft = {
  callId: '',
  title: '',
  budgetLineId: '',
  opensAt: '',
  closesAt: '',
  capPerProject: '',
  technologyFields: '',
  industryLevel: 'group',
  minimumOwnSharePercent: '25',
};

// Numbers go as typed when they are not plain digits, so that the service's problem names the field.
const wholeNumber = (text: string): number => {
  const digits = text.replace(/[,\s₩]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
};

/** The body of `POST /api/applications/calls`; the service judges every rule and names what it refuses. */
export function callRequestOf(draft: CallDraft) {
  return {
    callId: draft.callId.trim(),
    title: draft.title.trim(),
    budgetLineId: draft.budgetLineId,
    opensAt: seoulInstantOf(draft.opensAt),
    closesAt: seoulInstantOf(draft.closesAt),
    capPerProject: wholeNumber(draft.capPerProject),
    technologyFields: draft.technologyFields
      .split(',')
      .map((field) => field.trim())
      .filter((field) => field !== ''),
    industryLevel: draft.industryLevel,
    minimumOwnSharePercent: wholeNumber(draft.minimumOwnSharePercent),
  };
}
