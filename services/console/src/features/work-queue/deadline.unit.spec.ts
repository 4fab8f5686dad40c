import { deadlineMark } from './deadline';

describe("a scoring deadline in a member's queue", () => {
  const now = new Date('2026-05-12T14:30:00Z'); // 23:30 on 12 May in Seoul

  it('counts the days left in Seoul, so one hour before midnight is still that day', () => {
    expect(deadlineMark('2026-05-12T15:30:00Z', false, now)).toEqual({ kind: 'due', days: 1 }); // 00:30 on 13 May
    expect(deadlineMark('2026-05-12T23:59:00+09:00', false, now)).toEqual({ kind: 'due', days: 0 });
    expect(deadlineMark('2026-05-15T18:00:00+09:00', false, now)).toEqual({ kind: 'due', days: 3 });
  });

  it('is overdue from the moment it passes', () => {
    expect(deadlineMark('2026-05-12T23:30:00+09:00', false, now)).toEqual({ kind: 'overdue' });
    expect(deadlineMark('2026-05-01T18:00:00+09:00', false, now)).toEqual({ kind: 'overdue' });
  });

  it('says nothing once the sheet is sealed, or when no deadline is set', () => {
    expect(deadlineMark('2026-05-01T18:00:00+09:00', true, now)).toEqual({ kind: 'none' });
    expect(deadlineMark(null, false, now)).toEqual({ kind: 'none' });
  });
});
