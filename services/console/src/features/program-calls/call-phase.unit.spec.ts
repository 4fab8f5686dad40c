import { callPhase } from './call-phase';

describe("a call's phase", () => {
  const window = { opensAt: '2026-03-02T09:00:00+09:00', closesAt: '2026-03-31T18:00:00+09:00' };

  it('follows the window of an opened call', () => {
    expect(callPhase({ status: 'opened', ...window }, new Date('2026-03-02T08:59:00+09:00'))).toBe('upcoming');
    expect(callPhase({ status: 'opened', ...window }, new Date('2026-03-02T09:00:00+09:00'))).toBe('accepting');
    expect(callPhase({ status: 'opened', ...window }, new Date('2026-03-31T18:00:00+09:00'))).toBe('closed');
  });

  it('is closed early once the service says so, whatever the window', () => {
    expect(callPhase({ status: 'closed-early', ...window }, new Date('2026-03-10T09:00:00+09:00'))).toBe('closed-early');
  });
});
