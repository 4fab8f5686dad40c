import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('orders keys at every depth, whatever order they were built in', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: null } };
    const b = { a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 };

    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order, and gives a value the same form after a trip through stored JSON', () => {
    const value = { when: new Date('2026-03-02T09:00:00.000Z'), dropped: undefined, list: [3, 1, 2], text: '융합 \u{1F4B0}', amount: 480_000_000, ratio: 0.1 };
    const stored = JSON.parse(JSON.stringify(value));

    expect(canonicalJson(stored)).toBe(canonicalJson(value));
    expect(canonicalJson(value)).toBe('{"amount":480000000,"list":[3,1,2],"ratio":0.1,"text":"융합 \u{1F4B0}","when":"2026-03-02T09:00:00.000Z"}');
  });
});
