import { readingOf } from './context-reading';

const health = (checks: object) => ({ status: 'ok', service: 'grants', checks });
const quiet = {
  eventStore: { status: 'ok', latencyMs: 2 },
  'projection:grant-view': { status: 'ok', position: 40, lag: 0 },
  'projection:candidate-view': { status: 'ok', position: 42, lag: 0 },
  'consumer:grants.on-calls': { status: 'ok', lag: 0 },
  outboxRelay: { status: 'ok', relayed: 3, oldestPendingAgeMs: null },
};

describe('readingOf', () => {
  it('takes the furthest projection as the position, and nothing pending when all is caught up', () => {
    expect(readingOf(health(quiet))).toEqual({ position: 42, pending: false });
  });

  it.each([
    ['the relay has a message waiting', { outboxRelay: { status: 'ok', oldestPendingAgeMs: 0 } }],
    ['a consumer is behind', { 'consumer:grants.on-calls': { status: 'ok', lag: 2 } }],
    ['a projection is behind', { 'projection:grant-view': { status: 'degraded', position: 40, lag: 3 } }],
  ])('is pending when %s', (_, check) => {
    expect(readingOf(health({ ...quiet, ...check }))).toEqual({ position: 42, pending: true });
  });

  it('counts a consumer lag it could not measure (null) as nothing pending', () => {
    expect(readingOf(health({ ...quiet, 'consumer:grants.on-calls': { status: 'degraded', lag: null } }))?.pending).toBe(false);
  });

  it('reads a service without projections as position 0', () => {
    expect(readingOf(health({ eventStore: { status: 'ok' } }))).toEqual({ position: 0, pending: false });
  });

  it.each([null, 'Bad gateway', { code: 'AUTH.INVALID_TOKEN' }, { checks: null }])('is no reading of %p', (body) => {
    expect(readingOf(body)).toBeNull();
  });
});
