import { ProblemException } from '../problem-details/problem.exception';
import { parseIdempotencyKey, requestFingerprint } from './idempotency-key';

describe('Idempotency-Key header', () => {
  it('takes a bare token or a structured-field string, and nothing when absent', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"abc-1"')).toBe('abc-1');
    expect(parseIdempotencyKey(undefined)).toBeNull();
  });

  it.each([[''], ['""'], ['한글키'], ['with space'], ['x'.repeat(256)]])('refuses %p with a 400 naming the header', (value) => {
    expect(() => parseIdempotencyKey(value)).toThrow(ProblemException);
  });
});

describe('request fingerprint', () => {
  it('does not depend on the order of keys, but on method, target and every value', () => {
    const base = requestFingerprint('POST', '/api/grants/transfers', { a: 1, b: { c: [1, 2] } });
    expect(requestFingerprint('POST', '/api/grants/transfers', { b: { c: [1, 2] }, a: 1 })).toBe(base);
    expect(requestFingerprint('POST', '/api/grants/transfers', { a: 1, b: { c: [2, 1] } })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/grants/lines', { a: 1, b: { c: [1, 2] } })).not.toBe(base);
    expect(requestFingerprint('PUT', '/api/grants/transfers', { a: 1, b: { c: [1, 2] } })).not.toBe(base);
  });
});
