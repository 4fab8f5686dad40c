import { NoteError } from './errors';
import { generateNoteKeyPair, NoteVerifier, parseSignerKey, parseVerifierKey } from './note-keys';
import { MAX_NOTE_SIGNATURES, openNote, signNote } from './signed-note';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof NoteError ? error.code : `not a NoteError: ${String(error)}`;
  }
  return undefined;
};

const log = generateNoteKeyPair('log.example/grants');
const witness = generateNoteKeyPair('witness.example/w1');
const logSigner = parseSignerKey(log.signerKey);
const logVerifier = parseVerifierKey(log.verifierKey);
const witnessSigner = parseSignerKey(witness.signerKey);
const witnessVerifier = parseVerifierKey(witness.verifierKey);
const text = 'log.example/grants\n12\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

describe('signed notes (C2SP signed-note)', () => {
  it('verifies Go’s documented example, and signs it byte for byte as Go does', () => {
    const goText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const goNote = `${goText}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;
    const signer = parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
    expect(signNote(goText, [signer])).toBe(goNote);
    const opened = openNote(goNote, [parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')]);
    expect(opened).toEqual({ text: goText, signatures: [{ name: 'PeterNeumann', keyId: 0xc74f20a3, base64: expect.any(String) }], unknownSignatures: [] });
  });

  it('verifies the C2SP example note with its verifier key', () => {
    const note =
      'This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';
    const opened = openNote(note, [parseVerifierKey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k')]);
    expect(opened.text).toBe('This is an example message.\n');
    expect(opened.signatures.map(({ name, keyId }) => [name, keyId])).toEqual([['example.com/foo', 0x530d903a]]);
  });

  it('round-trips: the text, a blank line, one signature line per signer', () => {
    const note = signNote(text, [logSigner, witnessSigner]);
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual([...text.split('\n').slice(0, 3), '']);
    expect(lines[4]).toMatch(/^\u2014 log\.example\/grants [A-Za-z0-9+/]{91}=$/);
    expect(lines[5]).toMatch(/^\u2014 witness\.example\/w1 /);
    expect(lines[6]).toBe('');
    expect(Buffer.from(lines[4].split(' ')[2], 'base64').readUInt32BE(0)).toBe(logSigner.keyId);
    const opened = openNote(note, [logVerifier, witnessVerifier]);
    expect(opened.text).toBe(text);
    expect(opened.signatures.map(({ name }) => name)).toEqual(['log.example/grants', 'witness.example/w1']);
    expect(opened.unknownSignatures).toEqual([]);
    expect(openNote(Buffer.from(note, 'utf8'), [logVerifier]).text).toBe(text);
  });

  it('keeps blank lines and any Unicode inside the text', () => {
    const odd = '첫 줄\n\n세 번째 줄 — with a dash\n\n';
    expect(openNote(signNote(odd, [logSigner]), [logVerifier]).text).toBe(odd);
  });

  it('rejects a note whose text was changed after signing', () => {
    const note = signNote(text, [logSigner]);
    expect(codeOf(() => openNote(note.replace('\n12\n', '\n13\n'), [logVerifier]))).toBe('NOTE.INVALID_SIGNATURE');
    expect(codeOf(() => openNote(note.replace('log.example/grants\n', 'log.example/grantz\n'), [logVerifier]))).toBe('NOTE.INVALID_SIGNATURE');
    expect(codeOf(() => openNote(`extra line\n${note}`, [logVerifier]))).toBe('NOTE.INVALID_SIGNATURE');
  });

  it('rejects a note signed by an unknown key, or by another key under a known name', () => {
    const note = signNote(text, [logSigner]);
    expect(codeOf(() => openNote(note, [witnessVerifier]))).toBe('NOTE.UNVERIFIED');
    expect(codeOf(() => openNote(note, []))).toBe('NOTE.UNVERIFIED');
    expect(() => openNote(note, [])).toThrow(/signed by: log\.example\/grants\+[0-9a-f]{8}/);
    // Same name, another key: another key id, so the signature is not that key's to check.
    const impostor = parseVerifierKey(generateNoteKeyPair('log.example/grants').verifierKey);
    expect(codeOf(() => openNote(note, [impostor]))).toBe('NOTE.UNVERIFIED');
  });

  it('rejects a signature that a known name and key id do not verify (a wrong key)', () => {
    const note = signNote(text, [logSigner]);
    const wrongKey: NoteVerifier = { name: logVerifier.name, keyId: logVerifier.keyId, verify: witnessVerifier.verify };
    expect(codeOf(() => openNote(note, [wrongKey]))).toBe('NOTE.INVALID_SIGNATURE');
  });

  it('treats a signature whose key id was changed as some other key’s', () => {
    const note = signNote(text, [logSigner, witnessSigner]);
    const [, logLine] = note
      .split('\n')
      .filter((line) => line.startsWith('\u2014 log.example'))[0]
      .split(' ')
      .slice(1);
    const raw = Buffer.from(logLine, 'base64');
    raw.writeUInt32BE((raw.readUInt32BE(0) + 1) % 2 ** 32, 0);
    const renumbered = note.replace(logLine, raw.toString('base64'));
    expect(codeOf(() => openNote(renumbered, [logVerifier]))).toBe('NOTE.UNVERIFIED');
    const opened = openNote(renumbered, [logVerifier, witnessVerifier]);
    expect(opened.signatures.map(({ name }) => name)).toEqual(['witness.example/w1']);
    expect(opened.unknownSignatures).toEqual([{ name: 'log.example/grants', keyId: (logSigner.keyId + 1) % 2 ** 32, base64: raw.toString('base64') }]);
  });

  it('reports unknown signatures once each, and fails on any bad signature of a known key', () => {
    const note = signNote(text, [logSigner, witnessSigner]);
    const [head, logLine, witnessLine] = [note.slice(0, note.indexOf('\u2014')), ...note.slice(note.indexOf('\u2014')).split(/(?<=\n)/)];
    const repeated = openNote(`${head}${logLine}${witnessLine}${witnessLine}${logLine}`, [logVerifier]);
    expect(repeated.signatures).toHaveLength(1);
    expect(repeated.unknownSignatures).toHaveLength(1);
    const forged = signNote('something else\n', [logSigner]).split('\n')[2];
    expect(codeOf(() => openNote(`${head}${logLine}${forged}\n`, [logVerifier]))).toBe('NOTE.INVALID_SIGNATURE');
  });

  it('countersigns: a witness adds its line and keeps the log’s', () => {
    const opened = openNote(signNote(text, [logSigner]), [logVerifier]);
    const cosigned = signNote(opened.text, [witnessSigner], opened.signatures);
    const both = openNote(cosigned, [logVerifier, witnessVerifier]);
    expect(both.signatures.map(({ name }) => name).sort()).toEqual(['log.example/grants', 'witness.example/w1']);
    // A new signature of the same key replaces the kept one rather than repeating it.
    expect(signNote(opened.text, [logSigner], opened.signatures).match(/\u2014/g)).toHaveLength(1);
    expect(codeOf(() => signNote(text, [], [{ ...opened.signatures[0], keyId: 1 }]))).toBe('NOTE.MALFORMED');
  });

  it.each([
    ['no blank line', (note: string) => note.replace('\n\n', '\n')],
    ['no final newline', (note: string) => note.slice(0, -1)],
    ['no signature', (note: string) => note.slice(0, note.indexOf('\u2014'))],
    ['a hyphen for the em dash', (note: string) => note.replace('\u2014', '-')],
    ['no space after the dash', (note: string) => note.replace('\u2014 ', '\u2014')],
    ['a name with a plus', (note: string) => note.replace('\u2014 log.example/grants ', '\u2014 log+example ')],
    ['two spaces before the signature', (note: string) => note.replace(/ (?=[A-Za-z0-9+/]{80})/, '  ')],
    ['unpadded base64', (note: string) => note.replace(/=\n$/, '\n')],
    ['a signature of 4 bytes', (note: string) => note.replace(/ [A-Za-z0-9+/=]{80,}\n$/, ' AAAAAA==\n')],
    ['a carriage return', (note: string) => note.replace(/\n/g, '\r\n')],
    ['a tab in the text', (note: string) => `\t${note}`],
    ['a lone surrogate', (note: string) => `\ud800${note}`],
    ['a blank line after the signatures', (note: string) => `${note}\n`],
  ])('rejects a note with %s', (_, spoil) => {
    const spoilt = spoil(signNote(text, [logSigner]));
    expect(codeOf(() => openNote(spoilt, [logVerifier]))).toBe('NOTE.MALFORMED');
  });

  it('rejects bytes that are not UTF-8, and more signatures than it reads', () => {
    const note = signNote(text, [logSigner]);
    expect(codeOf(() => openNote(Buffer.concat([Buffer.of(0xff), Buffer.from(note)]), [logVerifier]))).toBe('NOTE.MALFORMED');
    const line = note.slice(note.indexOf('\u2014'));
    expect(openNote(text + '\n' + line.repeat(MAX_NOTE_SIGNATURES), [logVerifier]).signatures).toHaveLength(1);
    expect(codeOf(() => openNote(text + '\n' + line.repeat(MAX_NOTE_SIGNATURES + 1), [logVerifier]))).toBe('NOTE.MALFORMED');
  });

  it('refuses two verifiers for one name and key id', () => {
    expect(codeOf(() => openNote(signNote(text, [logSigner]), [logVerifier, parseVerifierKey(log.verifierKey)]))).toBe('NOTE.AMBIGUOUS_VERIFIER');
  });

  it('signs only a text a note can hold', () => {
    expect(codeOf(() => signNote('no newline', [logSigner]))).toBe('NOTE.MALFORMED');
    expect(codeOf(() => signNote('a\rb\n', [logSigner]))).toBe('NOTE.MALFORMED');
    expect(codeOf(() => signNote('\ud800\n', [logSigner]))).toBe('NOTE.MALFORMED');
    expect(codeOf(() => signNote(text, []))).toBe('NOTE.MALFORMED');
    expect(codeOf(() => signNote(text, [{ ...logSigner, name: 'bad name' }]))).toBe('NOTE.MALFORMED');
  });
});
