import { fromBase64, toBase64 } from './bytes';
import { CheckpointError } from './errors';
import { HASH_SIZE } from './merkle-hashing';
import { NoteSigner, NoteVerifier } from './note-keys';
import { isValidKeyName, noteTextProblem } from './note-text';
import { openNote, OpenedNote, signNote } from './signed-note';
import { isTreeSize } from './tree-math';

/**
 * A tree head as C2SP tlog-checkpoint writes it: `<origin>\n<size>\n<base64 root>\n`, then any
 * extension lines.
 * Example: `{ origin: 'audit.yunghap.example/grants', size: 1204, rootHash }`
 */
export interface Checkpoint {
  /** Names the log; the log's key name is the same. */
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Uint8Array;
  /** Opaque further lines, non-empty; the spec advises against them, as monitors cannot audit them. */
  readonly extensions?: readonly string[];
}

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;

/**
 * The note text of `checkpoint`. Stricter than the spec demands of other logs: the origin must be a
 * valid key name too, since the log signs under its origin.
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions = [] } = checkpoint;
  if (!isValidKeyName(origin)) throw CheckpointError.becauseMalformed(`the origin ${JSON.stringify(origin)} is not a key name`);
  if (!isTreeSize(size)) throw CheckpointError.becauseMalformed(`${size} is not a tree size`);
  if (rootHash.length !== HASH_SIZE) throw CheckpointError.becauseMalformed(`a root hash has ${HASH_SIZE} bytes`);
  for (const line of extensions) {
    if (line === '' || line.includes('\n') || noteTextProblem(line) !== undefined)
      throw CheckpointError.becauseMalformed('an extension is one non-empty line of text');
  }
  return [origin, String(size), toBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

/** The checkpoint a note text holds; throws a `CheckpointError` unless it is exactly one (canonical size and base64). */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw CheckpointError.becauseMalformed('the text must end with a newline');
  const problem = noteTextProblem(text);
  if (problem !== undefined) throw CheckpointError.becauseMalformed(problem);
  const [origin, sizeLine, rootLine, ...extensions] = text.slice(0, -1).split('\n');
  if (rootLine === undefined) throw CheckpointError.becauseMalformed('expected an origin, a tree size and a root hash');
  if (origin === '') throw CheckpointError.becauseMalformed('the origin is empty');
  const size = Number(sizeLine);
  if (!DECIMAL.test(sizeLine) || !Number.isSafeInteger(size))
    throw CheckpointError.becauseMalformed(`the tree size ${JSON.stringify(sizeLine)} is not a decimal below 2^53`);
  const rootHash = fromBase64(rootLine);
  if (rootHash?.length !== HASH_SIZE) throw CheckpointError.becauseMalformed('the root hash is not base64 of 32 bytes');
  if (extensions.includes('')) throw CheckpointError.becauseMalformed('an extension line is empty');
  return { origin, size, rootHash, extensions };
}

/** The checkpoint as a signed note. */
export function signCheckpoint(checkpoint: Checkpoint, signers: readonly NoteSigner[]): string {
  return signNote(formatCheckpoint(checkpoint), signers);
}

/**
 * The checkpoint in a signed note from the log named `origin`: the note must open with `verifiers`
 * (see `openNote`) and hold a checkpoint of that origin, not another log's.
 * Example: `const { checkpoint } = openCheckpoint(text, [parseVerifierKey(logKey)], 'audit.yunghap.example/grants')`
 */
export function openCheckpoint(note: string | Uint8Array, verifiers: readonly NoteVerifier[], origin: string): { checkpoint: Checkpoint; note: OpenedNote } {
  const opened = openNote(note, verifiers);
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint.origin !== origin) throw CheckpointError.becauseForeign(origin, checkpoint.origin);
  return { checkpoint, note: opened };
}
