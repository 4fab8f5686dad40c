import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { it } from 'node:test';
import { parseVerifierKey } from '../src/note-keys.mjs';
import { Rejection } from '../src/rejection.mjs';
import { newKey } from './support/packets.mjs';

// The example key of golang.org/x/mod/sumdb/note's documentation, and a signature it checks.
const GO_EXAMPLE_KEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

it('parses a verifier key and checks Ed25519 signatures with it', () => {
  const key = parseVerifierKey(GO_EXAMPLE_KEY);
  assert.deepEqual({ name: key.name, keyId: key.keyId, label: key.label }, { name: 'PeterNeumann', keyId: 0xc74f20a3, label: 'PeterNeumann+c74f20a3' });
  const signature = Buffer.from('x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=', 'base64');
  const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
  assert.equal(key.verify(Buffer.from(text), signature.subarray(4)), true);
  assert.equal(key.verify(Buffer.from(text.toUpperCase()), signature.subarray(4)), false);
  assert.equal(key.verify(Buffer.from(text), signature.subarray(5)), false, 'a signature of 63 bytes');
});

it('refuses a key that is not <name>+<8 lower-case hex>+<base64 of 0x01 and 32 bytes>, or whose id is not its own', () => {
  const valid = newKey('test.local/grants').verifierKey;
  const [name, id] = valid.split('+', 2);
  const material = valid.slice(name.length + id.length + 2);
  const typed = Buffer.from(material, 'base64');
  const cases = {
    'no parts': 'test.local/grants',
    'an empty name': `+${id}+${material}`,
    'a name with a space': `a b+${id}+${material}`,
    // The Go example's id has letters; a fresh key's id may be all digits, which upper case leaves alone.
    'an upper-case id': GO_EXAMPLE_KEY.replace('+c74f20a3+', '+C74F20A3+'),
    'a short id': `${name}+${id.slice(1)}+${material}`,
    'loose base64': `${name}+${id}+${material}=`,
    'URL-safe base64': `${name}+${id}+${material.slice(0, -1)}_`,
    'another key type': `${name}+${id}+${Buffer.concat([Buffer.of(2), typed.subarray(1)]).toString('base64')}`,
    'a short key': `${name}+${id}+${typed.subarray(0, 32).toString('base64')}`,
    'another id': `${name}+00000000+${material}`,
    'another name': `test.local/other+${id}+${material}`,
  };
  for (const [what, text] of Object.entries(cases)) assert.throws(() => parseVerifierKey(text), Rejection, what);
});
