import type { RecordedEvent } from '@yunghap/event-store';
import { leafHash, NoteSigner, noteTextOf, parseCheckpoint, signNote, toBase64 } from '@yunghap/transparency-log';
import { leafIndexOf, leafRecord } from '../leaf-record';
import { EVIDENCE_FORMAT, EvidenceEvent, EvidenceLog, EvidencePacket, sealText } from './evidence-packet';

/** One log's part of a packet: a signed checkpoint and its events, each proved included in it. */
export interface LogEvidence {
  readonly origin: string;
  readonly verifierKeys: readonly string[];
  /** The signed note of a checkpoint covering every event below. */
  readonly checkpoint: string;
  readonly events: readonly { readonly event: RecordedEvent; readonly inclusionProof: readonly Uint8Array[] }[];
}

/** An event as a packet holds it: its leaf index, the leaf data as hashed, its inclusion proof. */
export function evidenceEvent(event: RecordedEvent, inclusionProof: readonly Uint8Array[]): EvidenceEvent {
  return { index: leafIndexOf(event.position), record: leafRecord(event), inclusionProof: inclusionProof.map(toBase64) };
}

export function evidenceLog(log: LogEvidence): EvidenceLog {
  return {
    origin: log.origin,
    verifierKeys: log.verifierKeys,
    checkpoint: log.checkpoint,
    events: log.events.map(({ event, inclusionProof }) => evidenceEvent(event, inclusionProof)),
  };
}

/**
 * The packet for `subject` from logs' parts (which the caller has checked), sealed by `sealer`: the
 * issuing service's key, whose log comes first.
 * Example: `sealPacket('grant g-1', now, [grantsPart, applicationsPart], grantsSigner)`
 */
export function sealPacket(subject: string, generatedAt: string, logs: readonly EvidenceLog[], sealer: NoteSigner): EvidencePacket {
  const sealed = logs.map((log) => {
    const { size, rootHash } = parseCheckpoint(noteTextOf(log.checkpoint));
    return {
      origin: log.origin,
      treeSize: size,
      rootHash: toBase64(rootHash),
      leaves: log.events.map(({ index, record }) => ({ index, leafHash: toBase64(leafHash(Buffer.from(record, 'utf8'))) })),
    };
  });
  return { format: EVIDENCE_FORMAT, subject, generatedAt, logs, seal: signNote(sealText(subject, sealed), [sealer]) };
}

/** `sealPacket` over logs given as stored events with their proofs. */
export function assemblePacket(subject: string, generatedAt: string, logs: readonly LogEvidence[], sealer: NoteSigner): EvidencePacket {
  return sealPacket(subject, generatedAt, logs.map(evidenceLog), sealer);
}
