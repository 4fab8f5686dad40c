import { CheckpointWitness, WitnessArchive, WitnessEntry } from './witness-entry';

/**
 * Witness entries in this process's memory: for runs that keep nothing (tests, `YUNGHAP_DATA_DIR=memory`),
 * where a folder would outlive the data it witnesses.
 */
export class MemoryWitnessArchive implements CheckpointWitness, WitnessArchive {
  readonly name = 'memory';
  private readonly kept = new Map<string, WitnessEntry[]>();

  async record(entry: WitnessEntry): Promise<void> {
    const entries = this.kept.get(entry.origin) ?? [];
    if (entries.some((kept) => kept.treeSize === entry.treeSize)) return;
    this.kept.set(
      entry.origin,
      [...entries, entry].sort((a, b) => a.treeSize - b.treeSize),
    );
  }

  async entries(origin: string): Promise<readonly WitnessEntry[]> {
    return this.kept.get(origin) ?? [];
  }
}
