import { createHash, generateKeyPairSync } from 'node:crypto';
import { NoteError } from './errors';
import { noteKeyId } from './key-id';
import { deriveNoteKeyPair, generateNoteKeyPair, parseSignerKey, parseVerifierKey, verifierKeyOf } from './note-keys';
import { openNote, signNote } from './signed-note';
import { isValidKeyName } from './note-text';

/** The key id as C2SP signed-note defines it, computed here from the definition alone. */
function expectedKeyId(name: string, type: number, publicKey: Uint8Array): string {
  return createHash('sha256').update(Buffer.from(name, 'utf8')).update(Buffer.of(0x0a, type)).update(publicKey).digest().subarray(0, 4).toString('hex');
}

const errorOf = (run: () => unknown): Error | undefined => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
};

const codeOf = (run: () => unknown): string | undefined => {
  const error = errorOf(run);
  return error === undefined || error instanceof NoteError ? error?.code : `not a NoteError: ${String(error)}`;
};

// golang.org/x/mod/sumdb/note's documented example key.
const GO_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
// C2SP signed-note's example verifier key.
const C2SP_VERIFIER = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';

describe('note keys', () => {
  it('computes the key id of the C2SP example from its definition', () => {
    const material = Buffer.from('AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k', 'base64');
    expect(material[0]).toBe(0x01);
    expect(expectedKeyId('example.com/foo', 0x01, material.subarray(1))).toBe('530d903a');
    expect(noteKeyId('example.com/foo', material)).toBe(0x530d903a);
    const verifier = parseVerifierKey(C2SP_VERIFIER);
    expect([verifier.name, verifier.keyId]).toEqual(['example.com/foo', 0x530d903a]);
  });

  it('reads Go’s example signer key and gives its documented verifier key', () => {
    const signer = parseSignerKey(GO_SIGNER);
    expect([signer.name, signer.keyId]).toEqual(['PeterNeumann', 0xc74f20a3]);
    expect(verifierKeyOf(GO_SIGNER)).toBe(GO_VERIFIER);
  });

  it('writes a generated key in the formats of golang.org/x/mod/sumdb/note', () => {
    // The key pair comes from node:crypto's own generator and is read back as JWK: another route
    // to the seed and public key than the library's DER framing.
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const seed = Buffer.from(jwk.d as string, 'base64url');
    const publicKey = Buffer.from(jwk.x as string, 'base64url');
    const name = 'audit.yunghap.example/grants';
    const id = expectedKeyId(name, 0x01, publicKey);
    const { signerKey, verifierKey } = generateNoteKeyPair(name, seed);
    expect(signerKey).toBe(`PRIVATE+KEY+${name}+${id}+${Buffer.concat([Buffer.of(1), seed]).toString('base64')}`);
    expect(verifierKey).toBe(`${name}+${id}+${Buffer.concat([Buffer.of(1), publicKey]).toString('base64')}`);
  });

  it('generates distinct keys whose signer and verifier agree', () => {
    const first = generateNoteKeyPair('log.example/a');
    const second = generateNoteKeyPair('log.example/a');
    expect(first.verifierKey).not.toBe(second.verifierKey);
    const signer = parseSignerKey(first.signerKey);
    const verifier = parseVerifierKey(first.verifierKey);
    expect([signer.name, signer.keyId]).toEqual([verifier.name, verifier.keyId]);
    const message = Buffer.from('hello\n');
    expect(verifier.verify(message, signer.sign(message))).toBe(true);
    expect(verifier.verify(Buffer.from('hello!\n'), signer.sign(message))).toBe(false);
    expect(parseVerifierKey(second.verifierKey).verify(message, signer.sign(message))).toBe(false);
    expect(verifierKeyOf(first.signerKey)).toBe(first.verifierKey);
  });

  it('refuses a key whose stated id is not its key’s', () => {
    const { signerKey, verifierKey } = generateNoteKeyPair('log.example/a');
    const otherId = (text: string) =>
      text.replace(/\+([0-9a-f]{8})\+/, (_, id: string) => `+${id.endsWith('0') ? `${id.slice(0, 7)}1` : `${id.slice(0, 7)}0`}+`);
    expect(codeOf(() => parseVerifierKey(otherId(verifierKey)))).toBe('NOTE.KEY_ID_MISMATCH');
    expect(codeOf(() => parseSignerKey(otherId(signerKey)))).toBe('NOTE.KEY_ID_MISMATCH');
    // The same key under another name has another id.
    expect(codeOf(() => parseVerifierKey(verifierKey.replace('log.example/a', 'log.example/b')))).toBe('NOTE.KEY_ID_MISMATCH');
  });

  it.each([
    ['no parts', 'example.com/foo'],
    ['no key', 'example.com/foo+530d903a'],
    ['a short key id', 'example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'],
    ['an upper-case key id', 'example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'],
    ['unpadded base64', 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2'],
    ['url-safe base64', 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq_LDE4izWy10TW'],
    ['a short key', `example.com/foo+530d903a+${Buffer.alloc(32, 1).toString('base64')}`],
    ['an empty name', '+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'],
    ['a space in the name', 'example.com/ foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'],
  ])('refuses a verifier key with %s', (_, key) => {
    expect(codeOf(() => parseVerifierKey(key))).toBe('NOTE.MALFORMED_KEY');
  });

  it('refuses keys of signature types other than Ed25519', () => {
    const material = Buffer.from('AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k', 'base64');
    material[0] = 0x02;
    const id = expectedKeyId('example.com/foo', 0x02, material.subarray(1));
    expect(codeOf(() => parseVerifierKey(`example.com/foo+${id}+${material.toString('base64')}`))).toBe('NOTE.UNSUPPORTED_KEY_TYPE');
  });

  it('refuses a signer key without its prefix, and never repeats a signer key in an error', () => {
    const { signerKey } = generateNoteKeyPair('log.example/a');
    const secret = signerKey.split('+').slice(4).join('+');
    expect(secret).toHaveLength(44);
    for (const broken of [signerKey.replace('PRIVATE+KEY+', ''), signerKey.replace('PRIVATE', 'private'), `${signerKey}=`, signerKey.slice(0, -4)]) {
      const error = errorOf(() => parseSignerKey(broken));
      expect(error).toBeInstanceOf(NoteError);
      expect(error?.message).not.toContain(secret.slice(4, -4));
    }
  });

  it('knows a valid key name: non-empty, no Unicode white space, no plus', () => {
    expect(['example.com/log', 'PeterNeumann', '융합.example/감사', 'a—b'].every(isValidKeyName)).toBe(true);
    const invalid = ['', 'a+b', 'a b', 'a\tb', 'a\nb', 'a\u00a0b', 'a\u0085b', 'a\u2003b', 'a\u3000b', 'a\u2028b', 'a\u0001b', 'a\ud800b'];
    expect(invalid.filter(isValidKeyName)).toEqual([]);
    expect(codeOf(() => generateNoteKeyPair('my log'))).toBe('NOTE.MALFORMED_KEY');
    expect(codeOf(() => generateNoteKeyPair('a+b'))).toBe('NOTE.MALFORMED_KEY');
  });

  it('derives a distinct, repeatable key per name from one parent key', () => {
    const parent = generateNoteKeyPair('audit.yunghap.example').signerKey;
    const grants = deriveNoteKeyPair(parent, 'audit.yunghap.example/grants');
    expect(deriveNoteKeyPair(parent, 'audit.yunghap.example/grants')).toEqual(grants);
    const mentoring = deriveNoteKeyPair(parent, 'audit.yunghap.example/mentoring');
    expect(mentoring.verifierKey).not.toBe(grants.verifierKey);
    expect(deriveNoteKeyPair(generateNoteKeyPair('audit.yunghap.example').signerKey, 'audit.yunghap.example/grants')).not.toEqual(grants);
    // The child is an ordinary key: it signs notes its verifier key opens, and the parent's does not.
    const note = signNote('audit.yunghap.example/grants\n1\nAAAA\n', [parseSignerKey(grants.signerKey)]);
    expect(openNote(note, [parseVerifierKey(grants.verifierKey)]).signatures).toHaveLength(1);
    expect(codeOf(() => openNote(note, [parseVerifierKey(verifierKeyOf(parent))]))).toBe('NOTE.UNVERIFIED');
  });
});
