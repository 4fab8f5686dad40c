/**
 * An evidence packet: everything an auditor needs to check, offline and without trusting Yunghap,
 * that the events of one decision chain are in the services' logs as signed. The format is
 * documented in docs/audit.md §4 and checked by two verifiers that share no code with this one
 * (libs/platform/audit-verifier in JavaScript, test/audit/go-verifier in Go).
 */
export const EVIDENCE_FORMAT = 'yunghap-evidence/1';

export interface EvidenceEvent {
  /** The leaf's index in its log's tree: the event's position − 1. */
  readonly index: number;
  /** The leaf data, exactly as hashed (canonical JSON of the stored event). */
  readonly record: string;
  /** RFC 9162 inclusion proof of the leaf in the log's checkpoint, base64 hashes. */
  readonly inclusionProof: readonly string[];
}

export interface EvidenceLog {
  /** The log's origin, the first line of its checkpoints. */
  readonly origin: string;
  /** The public keys (C2SP vkeys) that sign this log's checkpoints. */
  readonly verifierKeys: readonly string[];
  /** A C2SP signed note: a checkpoint of this log covering every event below. */
  readonly checkpoint: string;
  readonly events: readonly EvidenceEvent[];
}

export interface EvidencePacket {
  readonly format: typeof EVIDENCE_FORMAT;
  /** What the packet is evidence of, e.g. `grant 6f0c…`. */
  readonly subject: string;
  readonly generatedAt: string;
  /** The issuing service's log first: its keys sign the seal. */
  readonly logs: readonly EvidenceLog[];
  /** A signed note over `sealText`: leaves nothing out unnoticed, not even the last event. */
  readonly seal: string;
}

/** What a log's entry in the seal says: its checkpoint's size and root, and each event's leaf hash. */
export interface SealedLog {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly leaves: readonly { readonly index: number; readonly leafHash: string }[];
}

/**
 * The seal's note text, one line each:
 *   yunghap-evidence/1
 *   <subject>
 *   log <origin> <tree size> <base64 root>      per log, in packet order, followed by
 *   leaf <index> <base64 leaf hash>            per event of that log, in packet order
 */
export function sealText(subject: string, logs: readonly SealedLog[]): string {
  const lines = [EVIDENCE_FORMAT, subject];
  for (const log of logs) {
    lines.push(`log ${log.origin} ${log.treeSize} ${log.rootHash}`);
    for (const leaf of log.leaves) lines.push(`leaf ${leaf.index} ${leaf.leafHash}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}
