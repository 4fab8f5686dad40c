import { ChainedEvent, eventHash } from './hash-chain';

/** One event of a stream as read: its version, and its chain fields when it carries them. */
export interface StreamEntry {
  readonly version: number;
  readonly chained: ChainedEvent | null;
}

/** Where a stream's chain breaks: `index` is the entry at fault, `null` when events are missing at the end. */
export interface ChainFault {
  readonly version: number;
  readonly index: number | null;
  readonly reason: string;
}

/**
 * The first place where one stream's chain does not hold, reading `entries` in version order.
 * `recordedLastVersion` is the highest version known to have existed elsewhere (the global order),
 * which is how events removed from the end are noticed.
 */
export function findChainFault(entries: readonly StreamEntry[], recordedLastVersion = 0): ChainFault | null {
  let priorVersion = 0;
  let priorHash: string | null = null;
  for (const [index, { version, chained }] of entries.entries()) {
    const fault = (reason: string): ChainFault => ({ version, index, reason });
    if (version !== priorVersion + 1) return fault(`version ${version} follows ${priorVersion}: an event is missing`);
    if (chained === null) return fault(`version ${version} carries no chain metadata: it was not written through the event store`);
    if (chained.previousHash !== priorHash) return fault('previous hash does not match the preceding event');
    if (eventHash(chained) !== chained.hash) return fault('content does not match its hash');
    priorVersion = version;
    priorHash = chained.hash;
  }
  if (recordedLastVersion > priorVersion) {
    return {
      version: priorVersion + 1,
      index: null,
      reason: `the stream ends at version ${priorVersion} but the global order records version ${recordedLastVersion}: events were removed or altered at the end`,
    };
  }
  return null;
}
