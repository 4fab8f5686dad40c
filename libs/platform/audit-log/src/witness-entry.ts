/**
 * What a witness outside the database is given for each checkpoint: the signed note and the leaf
 * hashes it adds to the previous one, so that `audit verify` can name the first event that no
 * longer hashes as it did, not just say that a root differs.
 */
export const WITNESS_FORMAT = 'yunghap-witness/1';

export interface WitnessEntry {
  readonly format: typeof WITNESS_FORMAT;
  readonly origin: string;
  readonly treeSize: number;
  /** The size of the checkpoint before this one (0 for the first). */
  readonly previousTreeSize: number;
  /** The signed note (C2SP tlog-checkpoint). */
  readonly note: string;
  /** Base64 leaf hashes of leaves [previousTreeSize, treeSize). */
  readonly leafHashes: readonly string[];
  /** RFC 9162 consistency proof from the previous checkpoint, base64 (empty for the first). */
  readonly consistencyProof: readonly string[];
}

/** Somewhere a checkpoint is kept outside the database: a folder, a Kafka topic. */
export interface CheckpointWitness {
  readonly name: string;
  /** Resolves once the entry is kept; a witness that cannot keep it throws. */
  record(entry: WitnessEntry): Promise<void>;
}

/** A witness that can be read back: what `audit verify` trusts. */
export interface WitnessArchive {
  /** Every entry of `origin`, smallest tree first. */
  entries(origin: string): Promise<readonly WitnessEntry[]>;
}
