import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { CallKnown, KnownCallClosedEarly, knownCallDecider, RecordCallClosed, RecordCallOpened } from './known-calls.decider';

const platform: CommandMetadata = { now: '2026-03-02T09:00:00+09:00', actor: { userId: 'yunghap', role: 'system' } };
const terms = {
  callId: 'call-2026-it',
  budgetLineId: 'it-convergence',
  title: '2026년 IT융합 공고',
  opensAt: '2026-03-02T09:00:00+09:00',
  closesAt: '2026-03-31T18:00:00+09:00',
};
const closing = { callId: 'call-2026-it', closedAt: '2026-03-20T10:00:00+09:00' };

const opened: RecordCallOpened = { type: 'RecordCallOpened', data: terms, metadata: platform };
const closed: RecordCallClosed = { type: 'RecordCallClosed', data: closing, metadata: platform };
const known: CallKnown = { type: 'CallKnown', data: terms };
const closedEarly: KnownCallClosedEarly = { type: 'KnownCallClosedEarly', data: closing };

const spec = deciderSpecification(knownCallDecider);

describe('the calls evaluation knows of', () => {
  it('learns a call from its opening, once', () => {
    spec.given([]).when(opened).then([known]);
    spec.given([known]).when(opened).then([]);
  });

  it('records an early close once, and keeps the call known', () => {
    spec.given([known]).when(closed).then([closedEarly]);
    spec.given([known, closedEarly]).when(closed).then([]);
    spec.given([known, closedEarly]).when(opened).then([]);
  });

  it("keeps the call's title through an early close, for the committees' work queues", () => {
    spec.given([known]).when(closed).thenState({ status: 'closed-early', title: '2026년 IT융합 공고' });
    spec.given([]).when(closed).thenState({ status: 'closed-early', title: null });
  });

  it('knows a call from its close when its opening was never published', () => {
    spec.given([]).when(closed).then([closedEarly]);
    spec.given([closedEarly]).when(opened).then([]);
  });

  it('is told by the platform only', () => {
    const byManager = { ...opened, metadata: { ...platform, actor: { userId: 'pm-kim', role: 'program-manager' as const } } };
    spec.given([]).when(byManager).thenFails('KNOWN_CALLS.ROLE_NOT_ALLOWED', { role: 'program-manager' });
  });
});
