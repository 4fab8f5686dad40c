import type { ReadAllOptions, RecordedEvent } from '@yunghap/event-store';
import {
  CheckpointError,
  hashFromBase64,
  MerkleFrontier,
  NoteError,
  noteTextOf,
  NoteVerifier,
  openCheckpoint,
  parseCheckpoint,
  sameBytes,
  toBase64,
} from '@yunghap/transparency-log';
import { leafHashOf } from './leaf-record';
import { WitnessArchive, WitnessEntry } from './witness-entry';

/**
 * What `audit verify` found: `ok` when every event the witnesses saw hashes as they saw it, in the
 * same places, and none is missing. `firstAffectedPosition` names the first event that does not
 * (for a log cut short, the first one gone).
 */
export interface LogAuditReport {
  readonly ok: boolean;
  readonly origin: string;
  /** Events in the log now (its newest position, when it stops early). */
  readonly logSize: number;
  /** The last checkpoint the witnesses hold (null: none yet, nothing to check against). */
  readonly witnessed: { readonly treeSize: number; readonly rootHash: string; readonly checkpoints: number } | null;
  /** Events after the last witnessed checkpoint: only their hash chain vouches for them until the next one. */
  readonly uncovered: number;
  readonly firstAffectedPosition: number | null;
  /** Korean, then English. */
  readonly problem: string | null;
}

export interface LogAuditSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<number>;
}

const BATCH = 1_000;

class WitnessProblem extends Error {}

/**
 * Checks the log against what its witnesses hold: their checkpoints are opened with the log's keys
 * (never with anything the database holds) and their leaf hashes must rebuild each signed root; then
 * every event is hashed again, in order, and compared with the witnessed leaf at its place.
 * Example: `await auditLog(store, witnessDirectory, 'audit.yunghap.example/grants', keys.verifiers)`
 */
export async function auditLog(log: LogAuditSource, archive: WitnessArchive, origin: string, verifiers: readonly NoteVerifier[]): Promise<LogAuditReport> {
  const entries = await archive.entries(origin);
  let witnessedLeaves: Uint8Array[];
  try {
    witnessedLeaves = witnessedLeavesOf(entries, origin, verifiers);
  } catch (error) {
    if (!(error instanceof WitnessProblem)) throw error;
    const logSize = await log.headPosition();
    return { ok: false, origin, logSize, witnessed: null, uncovered: logSize, firstAffectedPosition: null, problem: error.message };
  }
  const last = entries[entries.length - 1];
  const witnessed =
    last === undefined ? null : { treeSize: last.treeSize, rootHash: toBase64(parseCheckpoint(noteTextOf(last.note)).rootHash), checkpoints: entries.length };
  const report = (logSize: number, firstAffectedPosition: number | null, problem: string | null): LogAuditReport => ({
    ok: problem === null,
    origin,
    logSize,
    witnessed,
    uncovered: Math.max(0, logSize - witnessedLeaves.length),
    firstAffectedPosition,
    problem,
  });

  let index = 0;
  for (;;) {
    const events = await log.readAll({ after: index, maxCount: BATCH });
    for (const event of events) {
      const position = index + 1;
      if (event.position !== position) {
        // A row deleted in the middle (the next one now comes first) or moved.
        return report(
          await log.headPosition(),
          position,
          `위치 ${position}의 사건이 없습니다: 다음 사건이 위치 ${event.position}에 있습니다. (The event at position ${position} is missing: the next one is at ${event.position}.)`,
        );
      }
      if (index < witnessedLeaves.length && !sameBytes(leafHashOf(event), witnessedLeaves[index])) {
        return report(
          await log.headPosition(),
          position,
          `위치 ${position}의 사건이 증인이 본 것과 다릅니다 (스트림 ${event.streamId}, 버전 ${event.version}). (The event at position ${position} is not what the witnesses saw: stream ${event.streamId}, version ${event.version}.)`,
        );
      }
      index += 1;
    }
    if (events.length < BATCH) break;
  }
  if (index < witnessedLeaves.length) {
    return report(
      index,
      index + 1,
      `증인은 사건 ${witnessedLeaves.length}개를 보았는데 기록에는 ${index}개뿐입니다: 위치 ${index + 1}부터 사라졌습니다. (The witnesses saw ${witnessedLeaves.length} events, the log holds ${index}: from position ${index + 1} on they are gone.)`,
    );
  }
  return report(index, null, null);
}

/** The leaf hashes the witnesses hold, each entry checked: signed by the log, following the one before, rebuilding its root. */
function witnessedLeavesOf(entries: readonly WitnessEntry[], origin: string, verifiers: readonly NoteVerifier[]): Uint8Array[] {
  const frontier = MerkleFrontier.empty();
  const leaves: Uint8Array[] = [];
  for (const entry of entries) {
    let size: number;
    let rootHash: Uint8Array;
    try {
      ({ size, rootHash } = openCheckpoint(entry.note, verifiers, origin).checkpoint);
    } catch (error) {
      if (!(error instanceof NoteError || error instanceof CheckpointError)) throw error;
      throw new WitnessProblem(
        `증인의 체크포인트 ${entry.treeSize}이(가) 이 기록의 키로 서명되지 않았습니다. (The witnessed checkpoint at ${entry.treeSize} does not open with this log's keys: ${error.message}.)`,
      );
    }
    if (entry.previousTreeSize !== frontier.size || size !== entry.treeSize || entry.leafHashes.length !== size - frontier.size) {
      throw new WitnessProblem(
        `증인의 체크포인트 ${entry.treeSize}이(가) 앞의 것(${frontier.size})에 이어지지 않습니다. (The witnessed checkpoint at ${entry.treeSize} does not follow the one before, at ${frontier.size}.)`,
      );
    }
    for (const text of entry.leafHashes) {
      const leaf = hashFromBase64(text);
      frontier.append(leaf);
      leaves.push(leaf);
    }
    if (!sameBytes(frontier.root(), rootHash)) {
      throw new WitnessProblem(
        `증인이 가진 잎 해시가 체크포인트 ${size}의 서명된 루트를 만들지 않습니다. (The witnessed leaf hashes do not rebuild the signed root of the checkpoint at ${size}.)`,
      );
    }
  }
  return leaves;
}
