import { Actor, Won, won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { AmendCall, CloseCall, OpenCall } from './call.commands';
import { DEFAULT_APPLICATIONS_POLICY } from './applications.policy';
import { callDecider, createCallDecider } from './call.decider';
import { CallEvent } from './call.events';
import { callFactsOf, evolveCall, initialCallState, PublishedCall } from './call.state';
import { CALL_ID, meta, PROGRAM_MANAGER, JUNGBU_STAFF, SYSTEM } from './testing/applications.fixtures';

const spec = deciderSpecification(callDecider);
const BEFORE_CLOSING = '2026-03-20T10:00:00+09:00';
const AFTER_CLOSING = '2026-04-01T09:00:00+09:00';

const PROGRAM_LIMIT = won(500_000_000);
const { programLimit: _programLimit, ...terms }: OpenCall['data'] = {
  programLimit: PROGRAM_LIMIT,
  callId: CALL_ID,
  budgetLineId: 'it-convergence',
  title: '2026년 IT융합 기술개발 지원사업 공고',
  opensAt: '2026-03-02T09:00:00+09:00',
  closesAt: '2026-03-31T18:00:00+09:00',
  capPerProject: 300_000_000,
  technologyFields: ['AI', 'IoT', 'smart-manufacturing'],
};
const open = (data: Partial<OpenCall['data']> = {}, actor: Actor = PROGRAM_MANAGER): OpenCall => ({
  type: 'OpenCall',
  data: { ...terms, programLimit: PROGRAM_LIMIT, ...data },
  metadata: meta(actor, '2026-02-20T10:00:00+09:00'),
});
const amend = (
  changes: Omit<AmendCall['data'], 'callId' | 'programLimit'> & { programLimit?: Won },
  now = BEFORE_CLOSING,
  actor: Actor = PROGRAM_MANAGER,
): AmendCall => ({
  type: 'AmendCall',
  data: { callId: CALL_ID, programLimit: PROGRAM_LIMIT, ...changes },
  metadata: meta(actor, now),
});
const close = (reason = '예산 조기 소진', now = BEFORE_CLOSING, actor: Actor = PROGRAM_MANAGER): CloseCall => ({
  type: 'CloseCall',
  data: { callId: CALL_ID, reason },
  metadata: meta(actor, now),
});

const opened: CallEvent = {
  type: 'CallOpened',
  data: { ...terms, capPerProject: won(300_000_000), industryLevel: 'group', minimumOwnSharePercent: 25 },
};
const closedEarly: CallEvent = { type: 'CallClosedEarly', data: { callId: CALL_ID, closedAt: BEFORE_CLOSING, reason: '예산 조기 소진' } };

describe('call: OpenCall', () => {
  it('opens a call on a budget line with its window, cap and technology fields', () => {
    spec.given([]).when(open()).then([opened]);
    spec
      .given([])
      .when(open())
      .thenState({ status: 'opened', capPerProject: won(300_000_000), closesAt: terms.closesAt });
  });

  it('records the eligibility terms it applies: the industry level and the minimum own share, the policy defaults unless given', () => {
    spec
      .given([])
      .when(open({ industryLevel: 'class', minimumOwnSharePercent: 40 }))
      .then([{ ...opened, data: { ...opened.data, industryLevel: 'class', minimumOwnSharePercent: 40 } }]);
  });

  it('gives a call without its own terms the defaults of the policy the decider was built with', () => {
    const byClass = deciderSpecification(
      createCallDecider({ ...DEFAULT_APPLICATIONS_POLICY, defaultIndustryLevel: 'class', defaultMinimumOwnSharePercent: 10 }),
    );
    byClass.given([]).when(open()).thenState({ industryLevel: 'class', minimumOwnSharePercent: 10 });
  });

  it('refuses an industry level KSIC does not have, or finer than a class', () => {
    spec
      .given([])
      .when(open({ industryLevel: 'subclass' as never }))
      .thenFails('CALL.INDUSTRY_LEVEL_UNKNOWN', { field: 'industryLevel', level: 'subclass' });
  });

  it.each([-1, 100, 12.5])('refuses a minimum own share of %p %%', (minimumOwnSharePercent) => {
    spec.given([]).when(open({ minimumOwnSharePercent })).thenFails('CALL.OWN_SHARE_OUT_OF_RANGE', { field: 'minimumOwnSharePercent' });
  });

  it('reads a call opened before calls chose their terms as judged by section with no own share', () => {
    const legacy: CallEvent = { type: 'CallOpened', data: { ...terms, capPerProject: won(300_000_000) } };
    expect(evolveCall(initialCallState(), legacy)).toMatchObject({ industryLevel: 'section', minimumOwnSharePercent: 0 });
  });

  it.each<Actor>([JUNGBU_STAFF, SYSTEM])('is for program managers only, not for $role', (actor) => {
    spec.given([]).when(open({}, actor)).thenFails('CALL.PROGRAM_MANAGER_ONLY', { role: actor.role });
  });

  it('refuses to open the same call twice', () => {
    spec.given([opened]).when(open()).thenFails('CALL.ALREADY_OPENED', { callId: CALL_ID });
  });

  it.each(['budgetLineId', 'title'] as const)('needs a %s', (field) => {
    spec
      .given([])
      .when(open({ [field]: '  ' }))
      .thenFails('CALL.FIELD_REQUIRED', { field });
  });

  it.each([
    ['opensAt', { opensAt: '2026-03-02' }],
    ['closesAt', { closesAt: '2026-03-31 18:00' }],
  ] as const)('needs a zoned ISO date-time for %s', (field, data) => {
    spec.given([]).when(open(data)).thenFails('CALL.TIME_MALFORMED', { field });
  });

  it('refuses a window that closes at or before it opens', () => {
    spec
      .given([])
      .when(open({ closesAt: '2026-03-02T00:00:00Z' }))
      .thenFails('CALL.CLOSES_BEFORE_OPENING');
  });

  it('refuses a window that has already closed', () => {
    spec
      .given([])
      .when(open({ opensAt: '2026-01-05T09:00:00+09:00', closesAt: '2026-02-01T18:00:00+09:00' }))
      .thenFails('CALL.CLOSING_IN_PAST');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a cap of %p won', (capPerProject) => {
    spec.given([]).when(open({ capPerProject })).thenFails('CALL.CAP_NOT_POSITIVE_WON');
  });

  it('accepts a cap of exactly the program limit, ₩500,000,000', () => {
    spec
      .given([])
      .when(open({ capPerProject: 500_000_000 }))
      .thenState({ capPerProject: won(500_000_000) });
  });

  it('refuses a cap above the program limit', () => {
    spec
      .given([])
      .when(open({ capPerProject: 500_000_001 }))
      .thenFails('CALL.CAP_ABOVE_PROGRAM_LIMIT', { capPerProject: 500_000_001, programLimit: 500_000_000 });
  });

  it("takes the program limit from the grants context's cap the command carries, not from a setting of its own", () => {
    spec
      .given([])
      .when(open({ programLimit: won(200_000_000) }))
      .thenFails('CALL.CAP_ABOVE_PROGRAM_LIMIT', { programLimit: 200_000_000 });
    spec
      .given([opened])
      .when(amend({ capPerProject: 250_000_000, programLimit: won(200_000_000) }))
      .thenFails('CALL.CAP_ABOVE_PROGRAM_LIMIT', { programLimit: 200_000_000 });
  });

  it.each([[[]], [['AI', ' ']]])('needs technology fields, none blank: %p', (technologyFields) => {
    spec.given([]).when(open({ technologyFields })).thenFails('CALL.NO_TECHNOLOGY_FIELDS');
  });
});

describe('call: AmendCall', () => {
  it('records only the terms it changes', () => {
    spec
      .given([opened])
      .when(amend({ closesAt: '2026-04-10T18:00:00+09:00', capPerProject: 250_000_000 }))
      .then([{ type: 'CallAmended', data: { callId: CALL_ID, closesAt: '2026-04-10T18:00:00+09:00', capPerProject: won(250_000_000) } }]);
  });

  it('leaves the other terms as they were', () => {
    spec
      .given([opened])
      .when(amend({ title: '2026년 IT융합 기술개발 지원사업 (정정)', technologyFields: ['AI'] }))
      .thenState({ title: '2026년 IT융합 기술개발 지원사업 (정정)', technologyFields: ['AI'], capPerProject: won(300_000_000), closesAt: terms.closesAt });
  });

  it('refuses an amendment that names nothing', () => {
    spec.given([opened]).when(amend({})).thenFails('CALL.NOTHING_TO_AMEND');
  });

  it('validates the new terms like the first ones', () => {
    spec
      .given([opened])
      .when(amend({ title: '' }))
      .thenFails('CALL.FIELD_REQUIRED', { field: 'title' });
    spec
      .given([opened])
      .when(amend({ closesAt: '2026-03-01T18:00:00+09:00' }))
      .thenFails('CALL.CLOSES_BEFORE_OPENING');
    spec
      .given([opened])
      .when(amend({ closesAt: '2026-03-19T18:00:00+09:00' }))
      .thenFails('CALL.CLOSING_IN_PAST');
    spec
      .given([opened])
      .when(amend({ capPerProject: 700_000_000 }))
      .thenFails('CALL.CAP_ABOVE_PROGRAM_LIMIT');
    spec
      .given([opened])
      .when(amend({ technologyFields: [] }))
      .thenFails('CALL.NO_TECHNOLOGY_FIELDS');
  });

  it('is for program managers only', () => {
    spec
      .given([opened])
      .when(amend({ title: '정정' }, BEFORE_CLOSING, JUNGBU_STAFF))
      .thenFails('CALL.PROGRAM_MANAGER_ONLY');
  });

  it('cannot amend a call never opened', () => {
    spec
      .given([])
      .when(amend({ title: '정정' }))
      .thenFails('CALL.NOT_FOUND', { callId: CALL_ID });
  });

  it('cannot amend a call closed early', () => {
    spec
      .given([opened, closedEarly])
      .when(amend({ title: '정정' }))
      .thenFails('CALL.ALREADY_CLOSED');
  });

  it('cannot change the terms once the window has passed', () => {
    spec
      .given([opened])
      .when(amend({ closesAt: '2026-04-30T18:00:00+09:00' }, AFTER_CLOSING))
      .thenFails('CALL.WINDOW_PASSED', { closesAt: terms.closesAt });
  });
});

describe('call: CloseCall', () => {
  it('closes the window now, before its scheduled end', () => {
    spec.given([opened]).when(close()).then([closedEarly]);
    spec.given([opened]).when(close()).thenState({ status: 'closed-early', closesAt: BEFORE_CLOSING });
  });

  it('needs a reason', () => {
    spec.given([opened]).when(close(' ')).thenFails('CALL.FIELD_REQUIRED', { field: 'reason' });
  });

  it('is for program managers only', () => {
    spec
      .given([opened])
      .when(close('예산 조기 소진', BEFORE_CLOSING, SYSTEM))
      .thenFails('CALL.PROGRAM_MANAGER_ONLY');
  });

  it('cannot close a call never opened, closed already, or past its closing time', () => {
    spec.given([]).when(close()).thenFails('CALL.NOT_FOUND');
    spec.given([opened, closedEarly]).when(close()).thenFails('CALL.ALREADY_CLOSED');
    spec.given([opened]).when(close('늦은 마감', AFTER_CLOSING)).thenFails('CALL.WINDOW_PASSED');
  });
});

describe('callFactsOf', () => {
  it('gives screening the terms in force: amended cap, early closing', () => {
    const amended: CallEvent = { type: 'CallAmended', data: { callId: CALL_ID, capPerProject: won(200_000_000) } };
    const state = [opened, amended, closedEarly].reduce(evolveCall, initialCallState()) as PublishedCall;

    expect(callFactsOf(state)).toEqual({
      callId: CALL_ID,
      opensAt: terms.opensAt,
      closesAt: BEFORE_CLOSING,
      capPerProject: 200_000_000,
      technologyFields: terms.technologyFields,
      industryLevel: 'group',
      minimumOwnSharePercent: 25,
    });
  });
});
