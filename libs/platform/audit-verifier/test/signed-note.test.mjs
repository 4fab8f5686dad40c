import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseVerifierKey } from '../src/note-keys.mjs';
import { Rejection } from '../src/rejection.mjs';
import { openNote } from '../src/signed-note.mjs';
import { newKey, signedNote } from './support/packets.mjs';

const NOTE = { korean: '노트', english: 'the note' };
const TEXT = 'yunghap.local/grants\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

/**
 * @param {string} note
 * @param {import('./support/packets.mjs').TestKey[]} keys
 */
const open = (note, keys) =>
  openNote(
    note,
    keys.map((key) => parseVerifierKey(key.verifierKey)),
    NOTE,
  );

it('opens the known-answer note of golang.org/x/mod/sumdb/note', () => {
  const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
  const note = `${text}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;
  const opened = openNote(note, [parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')], NOTE);
  assert.equal(opened.text, text);
  assert.deepEqual(opened.cosigners, []);
});

it('lists the signatures of other keys as cosigners, each once, without checking them', () => {
  const [log, witness] = [newKey('yunghap.local/grants'), newKey('witness.example')];
  const forged = `\u2014 witness.example ${'A'.repeat(92)}\n`;
  const opened = open(`${signedNote(TEXT, [witness, log, witness])}${forged}`, [log]);
  assert.equal(opened.text, TEXT);
  assert.deepEqual(
    opened.signedBy.map((key) => key.label),
    [log.label],
  );
  assert.deepEqual(opened.cosigners, [witness.label, 'witness.example+00000000']);
});

it('refuses a note that no given key signed, or that a given key signed wrongly', () => {
  const [log, witness] = [newKey('yunghap.local/grants'), newKey('witness.example')];
  assert.throws(
    () => open(signedNote(TEXT, [witness]), [log]),
    /the note carries no valid signature by yunghap.local\/grants\+[0-9a-f]{8} \(signed by: witness.example\+/,
  );
  const wrong = signedNote(TEXT, [log]).replace('\n3\n', '\n4\n');
  assert.throws(() => open(wrong, [log]), new RegExp(`the signature of ${log.label.replace('+', '\\+')} on the note does not verify`));
  assert.throws(() => open(`${signedNote(TEXT, [log])}${log.signatureLine('other text\n')}`, [log]), /does not verify/, 'beside a good signature');
});

it('refuses malformed notes', () => {
  const log = newKey('yunghap.local/grants');
  const good = signedNote(TEXT, [log]);
  const cases = {
    'no blank line': good.replace('\n\n', '\n'),
    'no final newline': good.slice(0, -1),
    'a hyphen for the dash': good.replace('\u2014', '-'),
    'no signature': `${TEXT}\n`,
    'a space in the name': good.replace('\u2014 yunghap.local/grants ', '\u2014 yunghap local/grants '),
    'a short signature': `${TEXT}\n\u2014 yunghap.local/grants AAAA\n`,
    'a control character': good.replace('3', '3\r'),
    'a lone surrogate': good.replace('3', '3\ud800'),
    'more than 100 signatures': `${good}${log.signatureLine(TEXT).repeat(100)}`,
  };
  for (const [what, note] of Object.entries(cases)) assert.throws(() => open(note, [log]), Rejection, what);
});
