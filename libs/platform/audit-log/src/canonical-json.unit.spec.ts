import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes one text for one value: keys in code-unit order at every depth, no spaces, undefined left out', () => {
    const a = { b: 1, a: [true, null, { d: 'x', c: -2 }], é: '한글', Z: undefined };
    const b = { é: '한글', a: [true, null, { c: -2, d: 'x' }], b: 1 };
    expect(canonicalJson(a as never)).toBe('{"a":[true,null,{"c":-2,"d":"x"}],"b":1,"é":"한글"}');
    expect(canonicalJson(b)).toBe(canonicalJson(a as never));
  });

  it('orders keys by UTF-16 code units, as the JSON canonicalization scheme does', () => {
    expect(canonicalJson({ b: 0, B: 0, '10': 0, '9': 0, a: 0 })).toBe('{"10":0,"9":0,"B":0,"a":0,"b":0}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ q: 'say "hi"\n' })).toBe('{"q":"say \\"hi\\"\\n"}');
  });
});
