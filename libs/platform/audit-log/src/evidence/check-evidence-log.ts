import { CheckpointError, hashFromBase64, leafHash, NoteError, openCheckpoint, parseVerifierKey, verifyInclusion } from '@yunghap/transparency-log';
import type { EvidenceLog } from './evidence-packet';

export class EvidenceError extends Error {
  constructor(origin: string, reason: string) {
    super(`${origin}: ${reason}`);
    this.name = 'EvidenceError';
  }
}

/**
 * Checks a log's part of a packet as it came from another service, before it is sealed with this
 * one's: its checkpoint opens with `trustedKeys` (the deployment's, not the part's own list) under
 * its origin, and each event's record sits at its index and proves included. Throws `EvidenceError`.
 */
export function checkEvidenceLog(log: EvidenceLog, trustedKeys: readonly string[]): void {
  let size: number;
  let rootHash: Uint8Array;
  try {
    ({ size, rootHash } = openCheckpoint(log.checkpoint, trustedKeys.map(parseVerifierKey), log.origin).checkpoint);
  } catch (error) {
    if (error instanceof NoteError || error instanceof CheckpointError) throw new EvidenceError(log.origin, `the checkpoint does not open: ${error.message}`);
    throw error;
  }
  for (const event of log.events) {
    const position = (JSON.parse(event.record) as { position?: unknown }).position;
    if (position !== event.index + 1) throw new EvidenceError(log.origin, `the record at index ${event.index} says position ${String(position)}`);
    const proof = event.inclusionProof.map(hashFromBase64);
    if (!verifyInclusion(leafHash(Buffer.from(event.record, 'utf8')), event.index, size, proof, rootHash)) {
      throw new EvidenceError(log.origin, `the event at index ${event.index} is not proved included in the checkpoint of ${size}`);
    }
  }
}
