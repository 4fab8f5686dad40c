import type { AuditTreeStore, JsonValue, ReadAllOptions, RecordedEvent } from '@yunghap/event-store';
import { wholeLog } from '@yunghap/event-store';
import { MerkleProver } from '@yunghap/transparency-log';
import { leafIndexOf } from '../leaf-record';
import type { AuditLogKeeper } from '../log-keeper';
import { evidenceLog } from './assemble-packet';
import type { EvidenceLog } from './evidence-packet';

export interface EvidenceSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  readonly auditTree: AuditTreeStore;
}

/** Whether `value` holds one of `subjects` as a string, at any depth: how an event names what it is about. */
function mentions(value: JsonValue, subjects: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return subjects.has(value);
  if (value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some((inner) => inner !== undefined && mentions(inner, subjects));
}

/**
 * This log's part of an evidence packet: every event whose data names one of `subjects` (an
 * application's id, a grant's), each with its inclusion proof in a checkpoint that covers them all —
 * signed at once if the newest does not yet. Null when the log holds no such event.
 * Example: `await collectEvidence(store, keeper, { origin, verifierKeys }, ['app-1', 'grant-7'])`
 */
export async function collectEvidence(
  source: EvidenceSource,
  keeper: AuditLogKeeper,
  log: { readonly origin: string; readonly verifierKeys: readonly string[] },
  subjects: readonly string[],
): Promise<EvidenceLog | null> {
  const wanted = new Set(subjects);
  const chosen: RecordedEvent[] = [];
  for await (const event of wholeLog(source)) if (mentions(event.data, wanted)) chosen.push(event);
  if (chosen.length === 0) return null;
  await keeper.checkpointCovering(chosen[chosen.length - 1].position);
  const checkpoint = await source.auditTree.latestCheckpoint();
  if (checkpoint === null) throw new Error(`${log.origin}: no checkpoint after the keeper signed one`);
  const prover = new MerkleProver(source.auditTree);
  const events = await Promise.all(
    chosen.map(async (event) => ({ event, inclusionProof: await prover.inclusionProof(leafIndexOf(event.position), checkpoint.treeSize) })),
  );
  return evidenceLog({ origin: log.origin, verifierKeys: log.verifierKeys, checkpoint: checkpoint.note, events });
}
