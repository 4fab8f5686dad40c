import { seoulInstantOf, seoulLocalInput } from '../../format/when';

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

const fieldsOf = (text: string) =>
  text
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');

/** What an amendment may change, as typed: the title, the closing time, the cap and the fields. */
export type AmendDraft = Pick<CallDraft, 'title' | 'closesAt' | 'capPerProject' | 'technologyFields'>;

/** The call's terms as the amendment form first shows them. */
export function amendDraftOf(call: {
  readonly title: string;
  readonly closesAt: string;
  readonly capPerProject: number;
  readonly technologyFields: readonly string[];
}): AmendDraft {
  return {
    title: call.title,
    closesAt: seoulLocalInput(call.closesAt),
    capPerProject: String(call.capPerProject),
    technologyFields: call.technologyFields.join(', '),
  };
}

/** The body of `PATCH /api/applications/calls/{callId}`: only what differs from `before`, so an unchanged term is not restated. */
export function amendRequestOf(draft: AmendDraft, before: AmendDraft) {
  const changed = (field: keyof AmendDraft) => draft[field].trim() !== before[field].trim();
  return {
    ...(changed('title') && { title: draft.title.trim() }),
    ...(changed('closesAt') && { closesAt: seoulInstantOf(draft.closesAt) }),
    ...(changed('capPerProject') && { capPerProject: wholeNumber(draft.capPerProject) }),
    ...(changed('technologyFields') && { technologyFields: fieldsOf(draft.technologyFields) }),
  };
}

/** The body of `POST /api/applications/calls`; the service judges every rule and names what it refuses. */
export function callRequestOf(draft: CallDraft) {
  return {
    callId: draft.callId.trim(),
    title: draft.title.trim(),
    budgetLineId: draft.budgetLineId,
    opensAt: seoulInstantOf(draft.opensAt),
    closesAt: seoulInstantOf(draft.closesAt),
    capPerProject: wholeNumber(draft.capPerProject),
    technologyFields: fieldsOf(draft.technologyFields),
    industryLevel: draft.industryLevel,
    minimumOwnSharePercent: wholeNumber(draft.minimumOwnSharePercent),
  };
}
