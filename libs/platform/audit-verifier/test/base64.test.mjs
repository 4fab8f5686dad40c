import assert from 'node:assert/strict';
import { it } from 'node:test';
import { decodeBase64Strict, encodeBase64 } from '../src/base64.mjs';

it('decodes canonical standard base64', () => {
  assert.deepEqual([...(decodeBase64Strict('AAE=') ?? [])], [0, 1]);
  assert.deepEqual([...(decodeBase64Strict('') ?? [])], []);
  assert.equal(encodeBase64(Uint8Array.of(0xfb, 0xff)), '+/8=');
  assert.deepEqual([...(decodeBase64Strict('+/8=') ?? [])], [0xfb, 0xff]);
});

it('refuses every other spelling: no padding, URL alphabet, stray characters, non-zero unused bits', () => {
  for (const text of ['AAE', '-_8=', 'AA E=', 'AAE=\n', 'AAF=', 'AA==AA==', '*AE=']) assert.equal(decodeBase64Strict(text), undefined, text);
});
