import type { RecordedEvent } from '@yunghap/event-store';
import { NoteSigner, signNote } from '@yunghap/transparency-log';
import { leafHashOf, leafIndexOf, leafRecord } from '../leaf-record';
import { EVIDENCE_FORMAT, EvidencePacket, sealText } from './evidence-packet';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** One log's part of a packet: a signed checkpoint and its events, each proved included in it. */
export interface LogEvidence {
  readonly origin: string;
  readonly verifierKeys: readonly string[];
  /** The signed note, and the size and root it says (already opened by the caller). */
  readonly checkpoint: string;
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  readonly events: readonly { readonly event: RecordedEvent; readonly inclusionProof: readonly Uint8Array[] }[];
}

/**
 * The packet for `subject`, sealed by `sealer` (the issuing service's key, whose log comes first).
 * Example: `assemblePacket('grant g-1', now, [grantsLog, applicationsLog], grantsSigner)`
 */
export function assemblePacket(subject: string, generatedAt: string, logs: readonly LogEvidence[], sealer: NoteSigner): EvidencePacket {
  const sealed = logs.map((log) => ({
    origin: log.origin,
    treeSize: log.treeSize,
    rootHash: base64(log.rootHash),
    leaves: log.events.map(({ event }) => ({ index: leafIndexOf(event.position), leafHash: base64(leafHashOf(event)) })),
  }));
  return {
    format: EVIDENCE_FORMAT,
    subject,
    generatedAt,
    logs: logs.map((log) => ({
      origin: log.origin,
      verifierKeys: log.verifierKeys,
      checkpoint: log.checkpoint,
      events: log.events.map(({ event, inclusionProof }) => ({
        index: leafIndexOf(event.position),
        record: leafRecord(event),
        inclusionProof: inclusionProof.map(base64),
      })),
    })),
    seal: signNote(sealText(subject, sealed), [sealer]),
  };
}
