import { eventsBetween, pendingContexts, serverSentEvent } from './live-event';

describe('eventsBetween', () => {
  const quiet = { position: 10, pending: false };

  it('announces nothing when nothing moved', () => {
    expect(eventsBetween({ grants: quiet }, { grants: quiet })).toEqual([]);
  });

  it('announces each context whose read models advanced', () => {
    expect(eventsBetween({ grants: quiet, centers: quiet }, { grants: { ...quiet, position: 12 }, centers: quiet })).toEqual([
      { type: 'change', context: 'grants', position: 12 },
    ]);
  });

  it('takes a context read for the first time as the baseline, not as a change', () => {
    expect(eventsBetween({}, { grants: quiet })).toEqual([]);
  });

  it('announces the pending contexts when they differ, an empty list once all has arrived', () => {
    const waiting = { ...quiet, pending: true };
    expect(eventsBetween({ grants: quiet, mentoring: quiet }, { grants: waiting, mentoring: quiet })).toEqual([{ type: 'pending', contexts: ['grants'] }]);
    expect(eventsBetween({ grants: waiting }, { grants: waiting })).toEqual([]);
    expect(eventsBetween({ grants: waiting }, { grants: { ...quiet, position: 11 } })).toEqual([
      { type: 'change', context: 'grants', position: 11 },
      { type: 'pending', contexts: [] },
    ]);
  });
});

describe('pendingContexts', () => {
  it('lists the pending contexts in a stable order', () => {
    expect(
      pendingContexts({ mentoring: { position: 1, pending: true }, grants: { position: 1, pending: true }, centers: { position: 1, pending: false } }),
    ).toEqual(['grants', 'mentoring']);
  });
});

describe('serverSentEvent', () => {
  it('names the event by its type and carries the rest as one line of JSON', () => {
    expect(serverSentEvent({ type: 'change', context: 'grants', position: 7 })).toBe('event: change\ndata: {"context":"grants","position":7}\n\n');
  });
});
