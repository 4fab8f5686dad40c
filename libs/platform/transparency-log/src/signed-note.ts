import { fromBase64, toBase64 } from './bytes';
import { NoteError } from './errors';
import { formatKeyId } from './key-id';
import { NoteSigner, NoteVerifier } from './note-keys';
import { decodeUtf8, isValidKeyName, noteTextProblem } from './note-text';

/** One signature line of a note: `— <name> <base64>`, where the base64 holds the key id then the signature. */
export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  readonly base64: string;
}

/** A note whose text may be trusted: at least one known key signed it, and every known key's signature verified. */
export interface OpenedNote {
  readonly text: string;
  /** Signatures of known keys, each verified; one per key. */
  readonly signatures: readonly NoteSignature[];
  /** Signatures of keys not given to `openNote`, not checked (a witness's cosignature, a rotated key). */
  readonly unknownSignatures: readonly NoteSignature[];
}

/** C2SP signed-note asks verifiers to accept at least 16 signatures; golang.org/x/mod/sumdb/note stops at 100. */
export const MAX_NOTE_SIGNATURES = 100;

const SIGNATURE_PREFIX = '\u2014 ';

/**
 * A C2SP signed note: `text` (ending in a newline), a blank line, then one line per signer, followed
 * by the `keep` signatures of other keys (a note's earlier signatures, when cosigning it).
 * Example: `signNote(formatCheckpoint(checkpoint), [parseSignerKey(process.env.AUDIT_SIGNING_KEY)])`
 */
export function signNote(text: string, signers: readonly NoteSigner[], keep: readonly NoteSignature[] = []): string {
  if (!text.endsWith('\n')) throw NoteError.becauseMalformed('the text must end with a newline');
  const problem = noteTextProblem(text);
  if (problem !== undefined) throw NoteError.becauseMalformed(problem);
  const message = Buffer.from(text, 'utf8');
  const lines = signers.map((signer) => {
    if (!isValidKeyName(signer.name)) throw NoteError.becauseMalformed(`${JSON.stringify(signer.name)} is not a key name`);
    return signatureLine({ name: signer.name, keyId: signer.keyId, base64: toBase64(Buffer.concat([keyIdBytes(signer.keyId), signer.sign(message)])) });
  });
  const signing = new Set(signers.map((signer) => keyOf(signer.name, signer.keyId)));
  for (const signature of keep) {
    if (signing.has(keyOf(signature.name, signature.keyId))) continue;
    const raw = fromBase64(signature.base64);
    if (!isValidKeyName(signature.name) || raw === undefined || raw.length < 5 || Buffer.from(raw).readUInt32BE(0) !== signature.keyId) {
      throw NoteError.becauseMalformed(`the signature kept for ${signature.name} is not one`);
    }
    lines.push(signatureLine(signature));
  }
  if (lines.length === 0) throw NoteError.becauseMalformed('a note has at least one signature');
  if (lines.length > MAX_NOTE_SIGNATURES) throw NoteError.becauseMalformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
  return `${text}\n${lines.join('')}`;
}

/**
 * Checks a signed note against the keys trusted for it. Throws a `NoteError` when the note is
 * malformed, a known key's signature fails, or no known key signed it; signatures of other keys
 * (same name with another id included) are returned unchecked, as C2SP signed-note requires.
 * Example: `const { text } = openNote(body, [parseVerifierKey(logKey)])`
 */
/** The text a signed note signs, without checking any signature: everything before the blank line, its final newline included. */
export function noteTextOf(note: string): string {
  return note.slice(0, note.indexOf('\n\n') + 1);
}

export function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const whole = typeof note === 'string' ? note : decodeUtf8(note);
  if (whole === undefined) throw NoteError.becauseMalformed('it is not valid UTF-8');
  const problem = noteTextProblem(whole);
  if (problem !== undefined) throw NoteError.becauseMalformed(problem);
  // The text may hold blank lines of its own; the last blank line is the one before the signatures.
  const split = whole.lastIndexOf('\n\n');
  if (split < 0) throw NoteError.becauseMalformed('no blank line before the signatures');
  const text = whole.slice(0, split + 1);
  const block = whole.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw NoteError.becauseMalformed('the signatures must be lines, each ending in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) throw NoteError.becauseMalformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);

  const known = verifierIndex(verifiers);
  const message = Buffer.from(text, 'utf8');
  const signatures: NoteSignature[] = [];
  const unknownSignatures: NoteSignature[] = [];
  const seenLines = new Set<string>();
  const seenKeys = new Set<string>();
  for (const line of lines) {
    const { signature, bytes } = parseSignatureLine(line);
    const verifier = known.get(keyOf(signature.name, signature.keyId));
    if (verifier === undefined) {
      if (!seenLines.has(line)) unknownSignatures.push(signature);
      seenLines.add(line);
      continue;
    }
    // Every signature of a known key is checked, repeats included: one that fails condemns the note.
    if (!verifier.verify(message, bytes)) throw NoteError.becauseSignatureInvalid(signature.name, signature.keyId);
    const key = keyOf(signature.name, signature.keyId);
    if (!seenKeys.has(key)) signatures.push(signature);
    seenKeys.add(key);
  }
  if (signatures.length === 0) throw NoteError.becauseUnverified(unknownSignatures.map(({ name, keyId }) => `${name}+${formatKeyId(keyId)}`));
  return { text, signatures, unknownSignatures };
}

function parseSignatureLine(line: string): { signature: NoteSignature; bytes: Uint8Array } {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw NoteError.becauseMalformed('a signature line starts with an em dash and a space');
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  const base64 = space < 0 ? '' : rest.slice(space + 1);
  const raw = fromBase64(base64);
  if (!isValidKeyName(name)) throw NoteError.becauseMalformed(`${JSON.stringify(name)} is not a key name`);
  if (raw === undefined || raw.length < 5) throw NoteError.becauseMalformed(`the signature of ${name} is not base64 of a key id and a signature`);
  const keyId = Buffer.from(raw).readUInt32BE(0);
  return { signature: { name, keyId, base64 }, bytes: raw.subarray(4) };
}

function verifierIndex(verifiers: readonly NoteVerifier[]): Map<string, NoteVerifier> {
  const index = new Map<string, NoteVerifier>();
  for (const verifier of verifiers) {
    const key = keyOf(verifier.name, verifier.keyId);
    if (index.has(key)) throw NoteError.becauseVerifierAmbiguous(verifier.name, verifier.keyId);
    index.set(key, verifier);
  }
  return index;
}

function signatureLine({ name, base64 }: NoteSignature): string {
  return `${SIGNATURE_PREFIX}${name} ${base64}\n`;
}

function keyIdBytes(keyId: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(keyId);
  return bytes;
}

// A key is its name and id together (C2SP signed-note): either alone may be shared by another key.
function keyOf(name: string, keyId: number): string {
  return `${name}+${formatKeyId(keyId)}`;
}
