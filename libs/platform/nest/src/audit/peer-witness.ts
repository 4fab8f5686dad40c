import { WITNESS_FORMAT, WitnessEntry } from '@yunghap/audit-log';
import type { AuditTreeStore } from '@yunghap/event-store';
import {
  CheckpointError,
  hashFromBase64,
  NoteError,
  NoteSigner,
  noteTextOf,
  openCheckpoint,
  parseCheckpoint,
  parseVerifierKey,
  sameBytes,
  signNote,
  verifyConsistency,
} from '@yunghap/transparency-log';
import type { Logger } from 'pino';

/** What a peer made of a checkpoint: countersigned, already known, not checkable, or an alarm. */
export type WitnessOutcome = 'cosigned' | 'known' | 'unverifiable' | 'fork' | 'unsigned';

/** A checkpoint that contradicts one the witness countersigned before: the log showed two histories. */
export interface ForkAlarm {
  readonly origin: string;
  readonly treeSize: number;
  readonly reason: string;
  readonly seenAt: string;
}

/**
 * A service as witness of the others' logs: each checkpoint must open with its log's key (derived
 * from the deployment's, never taken from the message) and extend the last one this service
 * countersigned, which the consistency proof shows; then it is countersigned and remembered. A
 * checkpoint that does not extend it — or a second, different root for a size already seen — is a
 * fork: refused, logged as an error, and kept for /health and /metrics until the service restarts.
 */
export class PeerWitness {
  private readonly alarms: ForkAlarm[] = [];

  constructor(
    private readonly ownOrigin: string,
    private readonly signer: NoteSigner,
    private readonly trustedKeys: () => readonly { readonly origin: string; readonly verifierKeys: readonly string[] }[],
    private readonly tree: AuditTreeStore,
    private readonly logger: Logger,
  ) {}

  get forks(): readonly ForkAlarm[] {
    return this.alarms;
  }

  async witness(entry: WitnessEntry, now: Date): Promise<WitnessOutcome> {
    if (entry.format !== WITNESS_FORMAT || entry.origin === this.ownOrigin) return 'known';
    const keys = this.trustedKeys().find((log) => log.origin === entry.origin);
    if (keys === undefined) return this.unsigned(entry, 'no log of this deployment has that origin');
    let opened: ReturnType<typeof openCheckpoint>;
    try {
      opened = openCheckpoint(entry.note, keys.verifierKeys.map(parseVerifierKey), entry.origin);
    } catch (error) {
      if (error instanceof NoteError || error instanceof CheckpointError) return this.unsigned(entry, error.message);
      throw error;
    }
    const { size, rootHash } = opened.checkpoint;
    const last = await this.tree.latestWitnessed(entry.origin);
    if (last !== null) {
      const seen = parseCheckpoint(noteTextOf(last.note));
      if (size < seen.size) return 'known';
      if (size === seen.size) return sameBytes(rootHash, seen.rootHash) ? 'known' : this.fork(entry, now, `a second root for size ${size}`);
      if (entry.previousTreeSize !== seen.size) {
        this.logger.warn(
          { origin: entry.origin, treeSize: size, lastSeen: seen.size },
          'a checkpoint whose proof starts where this witness has not been; remembered without countersigning',
        );
        await this.tree.addWitnessed({ origin: entry.origin, treeSize: size, note: entry.note, seenAt: now.toISOString() });
        return 'unverifiable';
      }
      if (!verifyConsistency(seen.size, size, seen.rootHash, rootHash, entry.consistencyProof.map(hashFromBase64))) {
        return this.fork(entry, now, `the tree of ${size} does not extend the one of ${seen.size} this witness countersigned`);
      }
    }
    const cosigned = signNote(opened.note.text, [this.signer], opened.note.signatures);
    await this.tree.addWitnessed({ origin: entry.origin, treeSize: size, note: cosigned, seenAt: now.toISOString() });
    return 'cosigned';
  }

  private fork(entry: WitnessEntry, now: Date, reason: string): WitnessOutcome {
    this.alarms.push({ origin: entry.origin, treeSize: entry.treeSize, reason, seenAt: now.toISOString() });
    this.logger.error(
      { origin: entry.origin, treeSize: entry.treeSize, reason },
      'FORK: a log signed a checkpoint that contradicts one this service witnessed',
    );
    return 'fork';
  }

  private unsigned(entry: WitnessEntry, reason: string): WitnessOutcome {
    this.logger.error({ origin: entry.origin, treeSize: entry.treeSize, reason }, 'a checkpoint on the audit topic does not open with its log’s key; refused');
    return 'unsigned';
  }
}
