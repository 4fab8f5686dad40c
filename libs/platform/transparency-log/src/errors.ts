import { formatKeyId } from './key-id';

// Messages name keys by name and id only: a signer key's text is a secret and never appears in one.

export type NoteErrorCode =
  | 'NOTE.MALFORMED'
  | 'NOTE.MALFORMED_KEY'
  | 'NOTE.UNSUPPORTED_KEY_TYPE'
  | 'NOTE.KEY_ID_MISMATCH'
  | 'NOTE.AMBIGUOUS_VERIFIER'
  | 'NOTE.INVALID_SIGNATURE'
  | 'NOTE.UNVERIFIED';

/** A signed note or a note key that cannot be trusted; `code` is stable, the message is for people. */
export class NoteError extends Error {
  private constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoteError';
  }

  static becauseMalformed(reason: string): NoteError {
    return new NoteError('NOTE.MALFORMED', `Malformed note: ${reason}`);
  }

  static becauseKeyMalformed(kind: 'signer' | 'verifier', reason: string): NoteError {
    return new NoteError('NOTE.MALFORMED_KEY', `Malformed ${kind} key: ${reason}`);
  }

  static becauseKeyTypeUnsupported(type: number): NoteError {
    return new NoteError('NOTE.UNSUPPORTED_KEY_TYPE', `Signature type 0x${type.toString(16).padStart(2, '0')} is not supported (only 0x01, Ed25519)`);
  }

  static becauseKeyIdMismatch(name: string, stated: number, computed: number): NoteError {
    return new NoteError('NOTE.KEY_ID_MISMATCH', `Key ${name} states key id ${formatKeyId(stated)}, but its public key gives ${formatKeyId(computed)}`);
  }

  static becauseVerifierAmbiguous(name: string, keyId: number): NoteError {
    return new NoteError('NOTE.AMBIGUOUS_VERIFIER', `More than one verifier is named ${name}+${formatKeyId(keyId)}`);
  }

  static becauseSignatureInvalid(name: string, keyId: number): NoteError {
    return new NoteError('NOTE.INVALID_SIGNATURE', `The signature of known key ${name}+${formatKeyId(keyId)} does not verify`);
  }

  static becauseUnverified(unknownKeys: readonly string[]): NoteError {
    const found = unknownKeys.length === 0 ? 'none' : unknownKeys.join(', ');
    return new NoteError('NOTE.UNVERIFIED', `No signature from a known key (signed by: ${found})`);
  }
}

export type CheckpointErrorCode = 'CHECKPOINT.MALFORMED' | 'CHECKPOINT.FOREIGN_ORIGIN';

/** A checkpoint text that is not one, or that belongs to another log. */
export class CheckpointError extends Error {
  private constructor(
    readonly code: CheckpointErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CheckpointError';
  }

  static becauseMalformed(reason: string): CheckpointError {
    return new CheckpointError('CHECKPOINT.MALFORMED', `Malformed checkpoint: ${reason}`);
  }

  static becauseForeign(expected: string, found: string): CheckpointError {
    return new CheckpointError('CHECKPOINT.FOREIGN_ORIGIN', `Checkpoint of log ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
}
