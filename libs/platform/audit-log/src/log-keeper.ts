import type { AuditTreeStore, ReadAllOptions, RecordedEvent } from '@yunghap/event-store';
import {
  MerkleFrontier,
  MerkleProver,
  NoteSigner,
  NoteVerifier,
  openCheckpoint,
  sameBytes,
  signCheckpoint,
  subtreesOf,
  toBase64,
  verifyConsistency,
} from '@yunghap/transparency-log';
import type { Logger } from 'pino';
import { leafHashOf } from './leaf-record';
import { CheckpointWitness, WITNESS_FORMAT, WitnessArchive, WitnessEntry } from './witness-entry';

/** The store as the keeper reads it: events in global order, a wake-up on appends, the tree beside them. */
export interface KeptStore {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  onAppended(listener: () => void): () => void;
  readonly auditTree: AuditTreeStore;
}

export interface CheckpointPolicy {
  /**
   * After an append wakes it, the keeper lets appends gather this long before reading them, so that
   * it reads and stores in batches and stays off the appenders' way (default 250 ms).
   */
  readonly settleMs?: number;
  /** A checkpoint once this many events are not covered by one… */
  readonly everyEvents: number;
  /** …or once the oldest uncovered event has waited this long. */
  readonly everyMs: number;
}

export interface LogKeeperOptions {
  readonly store: KeptStore;
  readonly origin: string;
  readonly signer: NoteSigner;
  /** The log's own keys (current and retired): the last witnessed checkpoint must open with one. */
  readonly verifiers: readonly NoteVerifier[];
  /** Where the last witnessed checkpoint is read at start; also written to. */
  readonly archive: WitnessArchive & CheckpointWitness;
  /** Further witnesses (the Kafka topic); a failing one is logged, the archive's failure holds the checkpoint back. */
  readonly witnesses?: readonly CheckpointWitness[];
  readonly policy: CheckpointPolicy;
  readonly clock: () => Date;
  readonly logger: Logger;
}

/** Keeping: hashing and signing. Refusing: the database disagrees with the witnesses; nothing is signed until someone looks. */
export type KeeperState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'keeping'; readonly treeSize: number; readonly checkpointSize: number }
  | { readonly kind: 'refusing'; readonly reason: string }
  | { readonly kind: 'stopped' };

const BATCH = 1_000;
const RETRY_MS = 2_000;
const DEFAULT_SETTLE_MS = 250;

/**
 * Keeps a service's log as a Merkle tree and signs checkpoints of it, after the fact: it follows
 * the committed global order (never the append path), stores each completed subtree's hash beside
 * the events and, every `everyEvents` events or `everyMs`, signs the tree head and hands it to the
 * witnesses with the leaf hashes it adds. It never signs a tree that does not extend the last
 * witnessed checkpoint: a database rewritten under it makes it refuse, not launder the rewrite.
 * Example: `const keeper = new AuditLogKeeper({ store, origin, signer, verifiers, archive, policy, clock, logger }); keeper.start();`
 */
export class AuditLogKeeper {
  private current: KeeperState = { kind: 'starting' };
  private frontier = MerkleFrontier.empty();
  private readonly prover: MerkleProver;
  private checkpointSize = 0;
  private checkpointRoot: Uint8Array | null = null;
  /** Leaf hashes since the last checkpoint, for the witnesses. */
  private uncovered: Uint8Array[] = [];
  private uncoveredSince: number | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();
  /** Set by an append or a waiter while the keeper is busy, so that the next sleep does not miss it. */
  private poked = false;
  private wake: () => void = () => (this.poked = true);
  /** Ends a pause early: someone waits for a checkpoint, or the keeper stops. */
  private interrupt: () => void = () => undefined;
  private readonly waiters: { readonly size: number; readonly resolve: () => void; readonly reject: (error: Error) => void }[] = [];

  constructor(private readonly options: LogKeeperOptions) {
    this.prover = new MerkleProver(options.store.auditTree);
  }

  get state(): KeeperState {
    return this.current;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake();
    this.interrupt();
    await this.running;
    this.current = { kind: 'stopped' };
    this.settleWaiters(new Error('the audit log keeper stopped'));
  }

  /**
   * Resolves with the newest checkpoint once one covers the first `size` events (signing one at
   * once if need be): what an evidence packet's proofs are made against.
   */
  checkpointCovering(size: number): Promise<void> {
    if (this.current.kind === 'refusing') return Promise.reject(new Error(this.current.reason));
    if (this.checkpointSize >= size) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ size, resolve, reject });
      this.wake();
      this.interrupt();
    });
  }

  private async run(): Promise<void> {
    const { logger, store } = this.options;
    const unlisten = store.onAppended(() => this.wake());
    while (!this.stopping.signal.aborted) {
      try {
        if (this.current.kind === 'starting') await this.resume();
        if (this.current.kind === 'refusing') break;
        const read = await this.follow();
        if (this.due()) await this.checkpoint();
        if (read < BATCH) {
          await this.sleep(this.nextDeadline());
          if (this.waiters.length === 0) await this.pause(this.options.policy.settleMs ?? DEFAULT_SETTLE_MS);
        }
      } catch (error) {
        logger.warn({ err: error, origin: this.options.origin }, 'audit log keeper failed; trying again');
        // Appends during an outage must not turn the pause into a busy loop.
        this.poked = false;
        await this.sleep(RETRY_MS);
      }
    }
    unlisten();
  }

  /** Rebuilds the frontier from the stored tree and checks it against the last witnessed checkpoint. */
  private async resume(): Promise<void> {
    const { store, archive, origin, verifiers } = this.options;
    const size = await store.auditTree.treeSize();
    const hashes = size === 0 ? [] : await store.auditTree.readSubtreeHashes(subtreesOf(0, size));
    this.frontier = MerkleFrontier.fromState({ size, hashes: hashes.map(toBase64) });
    const entries = await archive.entries(origin);
    const last = entries[entries.length - 1];
    if (last !== undefined) {
      const { checkpoint } = openCheckpoint(last.note, verifiers, origin);
      if (size < checkpoint.size) return this.refuse(`the stored tree has ${size} leaves, the last witnessed checkpoint ${checkpoint.size}`);
      if (!sameBytes(await this.prover.rootAt(checkpoint.size), checkpoint.rootHash)) {
        return this.refuse(`the stored tree's root at ${checkpoint.size} is not the one witnessed`);
      }
      this.checkpointSize = checkpoint.size;
      this.checkpointRoot = checkpoint.rootHash;
    }
    // Leaves stored since the last checkpoint are hashed again from their events: the witnesses get
    // hashes of what the events are, not of what a table says they were.
    const stored =
      size > this.checkpointSize ? await store.auditTree.readSubtreeHashes(range(this.checkpointSize, size).map((index) => ({ level: 0, index }))) : [];
    for (let at = this.checkpointSize; at < size;) {
      const events = await store.readAll({ after: at, maxCount: Math.min(BATCH, size - at) });
      for (const event of events) {
        const leaf = leafHashOf(event);
        if (event.position !== at + 1 || !sameBytes(leaf, stored[at - this.checkpointSize])) {
          return this.refuse(`the event at position ${at + 1} does not hash to the stored leaf`);
        }
        this.uncovered.push(leaf);
        at += 1;
      }
      if (events.length === 0) return this.refuse(`the stored tree has ${size} leaves but the log ends at ${at}`);
    }
    if (this.uncovered.length > 0) this.uncoveredSince = this.options.clock().getTime();
    this.current = { kind: 'keeping', treeSize: size, checkpointSize: this.checkpointSize };
    this.options.logger.info({ origin, treeSize: size, checkpointSize: this.checkpointSize }, 'audit log keeper resumed');
  }

  /** Hashes the next batch of committed events into the tree; returns how many it read. */
  private async follow(): Promise<number> {
    this.poked = false;
    const from = this.frontier.size;
    const events = await this.options.store.readAll({ after: from, maxCount: BATCH });
    if (events.length === 0) return 0;
    const next = this.frontier.copy();
    const subtrees = [];
    const leaves = [];
    for (const event of events) {
      if (event.position !== next.size + 1) throw new Error(`the log skips from position ${next.size} to ${event.position}`);
      const leaf = leafHashOf(event);
      leaves.push(leaf);
      subtrees.push(...next.append(leaf));
    }
    await this.options.store.auditTree.extend(from, next.size, subtrees);
    this.frontier = next;
    this.uncovered.push(...leaves);
    this.uncoveredSince ??= this.options.clock().getTime();
    this.current = { kind: 'keeping', treeSize: next.size, checkpointSize: this.checkpointSize };
    return events.length;
  }

  private due(): boolean {
    const pending = this.frontier.size - this.checkpointSize;
    if (pending === 0) return false;
    if (pending >= this.options.policy.everyEvents) return true;
    if (this.waiters.some((waiter) => waiter.size <= this.frontier.size)) return true;
    return this.uncoveredSince !== null && this.options.clock().getTime() - this.uncoveredSince >= this.options.policy.everyMs;
  }

  private async checkpoint(): Promise<void> {
    const { origin, signer, archive, witnesses = [], store, logger, clock } = this.options;
    const treeSize = this.frontier.size;
    const rootHash = this.frontier.root();
    const consistencyProof = this.checkpointSize === 0 ? [] : await this.prover.consistencyProof(this.checkpointSize, treeSize);
    if (this.checkpointRoot !== null && !verifyConsistency(this.checkpointSize, treeSize, this.checkpointRoot, rootHash, consistencyProof)) {
      return this.refuse(`the tree at ${treeSize} does not extend the checkpoint at ${this.checkpointSize}`);
    }
    const note = signCheckpoint({ origin, size: treeSize, rootHash }, [signer]);
    const entry: WitnessEntry = {
      format: WITNESS_FORMAT,
      origin,
      treeSize,
      previousTreeSize: this.checkpointSize,
      note,
      leafHashes: this.uncovered.map(toBase64),
      consistencyProof: consistencyProof.map(toBase64),
    };
    // The archive first: a checkpoint it does not hold would leave a gap verify could not bridge.
    await archive.record(entry);
    await store.auditTree.addCheckpoint({ treeSize, rootHash, note, signedAt: clock().toISOString() });
    for (const witness of witnesses) {
      await witness
        .record(entry)
        .catch((error: unknown) => logger.error({ err: error, origin, treeSize, witness: witness.name }, 'a witness did not take the checkpoint'));
    }
    this.checkpointSize = treeSize;
    this.checkpointRoot = rootHash;
    this.uncovered = [];
    this.uncoveredSince = null;
    this.current = { kind: 'keeping', treeSize, checkpointSize: treeSize };
    logger.debug({ origin, treeSize }, 'audit checkpoint signed');
    for (const waiter of this.waiters.filter((waiter) => waiter.size <= treeSize)) waiter.resolve();
    this.waiters.splice(0, this.waiters.length, ...this.waiters.filter((waiter) => waiter.size > treeSize));
  }

  private refuse(reason: string): void {
    this.current = { kind: 'refusing', reason };
    this.options.logger.error({ origin: this.options.origin, reason }, 'audit log keeper refuses to sign: the log disagrees with its witnesses');
    this.settleWaiters(new Error(reason));
  }

  private settleWaiters(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  private nextDeadline(): number {
    if (this.uncoveredSince === null) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.uncoveredSince + this.options.policy.everyMs - this.options.clock().getTime());
  }

  /** `ms`, unless someone starts waiting for a checkpoint or the keeper stops. */
  private pause(ms: number): Promise<void> {
    if (this.stopping.signal.aborted || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.interrupt(), ms);
      this.interrupt = () => {
        clearTimeout(timer);
        this.interrupt = () => undefined;
        resolve();
      };
    });
  }

  /** Until an append or a wake-up since the last read, `ms` or stop, whichever comes first. */
  private sleep(ms: number): Promise<void> {
    if (this.stopping.signal.aborted || this.poked) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(() => this.wake(), ms) : undefined;
      this.wake = () => {
        clearTimeout(timer);
        this.wake = () => (this.poked = true);
        resolve();
      };
    });
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
