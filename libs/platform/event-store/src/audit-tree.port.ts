/** A complete subtree of the log's Merkle tree: 2^level leaves from leaf index · 2^level (level 0 = one event). */
export interface StoredSubtree {
  readonly level: number;
  readonly index: number;
  readonly hash: Uint8Array;
}

/** A checkpoint the service signed: the tree's size and root, and the signed note as sent to the witnesses. */
export interface StoredCheckpoint {
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  readonly note: string;
  readonly signedAt: string;
}

/** A checkpoint of another service's log this service witnessed (checked and countersigned). */
export interface WitnessedCheckpoint {
  readonly origin: string;
  readonly treeSize: number;
  readonly note: string;
  readonly seenAt: string;
}

/**
 * The Merkle tree over the store's events, kept beside them by the audit log keeper (off the append
 * path): the hashes of complete subtrees, which never change once written, and the signed
 * checkpoints. Being in the same database, none of it is trusted by `audit verify` on its own:
 * the witnesses outside the database are (docs/audit.md).
 */
export interface AuditTreeStore {
  /** Leaves in the stored tree: how far the keeper has come. */
  treeSize(): Promise<number>;
  /**
   * Records the subtrees the leaves [fromSize, toSize) completed, atomically. Throws
   * `AuditTreeMovedError` when the stored tree no longer has `fromSize` leaves (another keeper).
   */
  extend(fromSize: number, toSize: number, subtrees: readonly StoredSubtree[]): Promise<void>;
  /** The hashes of the given subtrees, in order; throws when one is not stored. */
  readSubtreeHashes(ids: readonly { readonly level: number; readonly index: number }[]): Promise<readonly Uint8Array[]>;
  addCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
  /** The newest checkpoint signed, or null. */
  latestCheckpoint(): Promise<StoredCheckpoint | null>;
  /** Remembers a peer's checkpoint; a second one of the same size is ignored. */
  addWitnessed(checkpoint: WitnessedCheckpoint): Promise<void>;
  /** The newest checkpoint witnessed of `origin`, or null. */
  latestWitnessed(origin: string): Promise<WitnessedCheckpoint | null>;
}

export class AuditTreeMovedError extends Error {
  constructor(
    readonly expectedSize: number,
    readonly actualSize: number,
  ) {
    super(`The audit tree has ${actualSize} leaves, not the ${expectedSize} this keeper extends: another keeper is writing it`);
    this.name = 'AuditTreeMovedError';
  }
}
