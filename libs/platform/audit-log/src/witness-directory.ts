import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CheckpointWitness, WITNESS_FORMAT, WitnessArchive, WitnessEntry } from './witness-entry';

// Sixteen digits hold any safe integer, so names sort as the sizes do.
const fileName = (treeSize: number) => `${String(treeSize).padStart(16, '0')}.json`;
const FILE = /^[0-9]{16}\.json$/;

/**
 * The append-only checkpoint folder (`AUDIT_WITNESS_DIR`): one read-only file per checkpoint,
 * created once and never rewritten, under a folder per origin. Put it where the database's
 * administrators cannot write (another volume, a WORM bucket synchronised from it): docs/audit.md.
 * Example: `await new WitnessDirectory('/var/lib/yunghap/audit-witness').record(entry)`
 */
export class WitnessDirectory implements CheckpointWitness, WitnessArchive {
  readonly name: string;

  constructor(private readonly root: string) {
    this.name = `folder ${root}`;
  }

  async record(entry: WitnessEntry): Promise<void> {
    const folder = this.folderOf(entry.origin);
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, fileName(entry.treeSize));
    try {
      await writeFile(file, `${JSON.stringify(entry, null, 1)}\n`, { flag: 'wx', mode: 0o444 });
    } catch (error) {
      // The same checkpoint offered twice (a retry after a crash) is kept once; a different one is refused.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await this.read(file)).note === entry.note) return;
      throw error;
    }
    await chmod(file, 0o444);
  }

  async entries(origin: string): Promise<readonly WitnessEntry[]> {
    const folder = this.folderOf(origin);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files = names.filter((name) => FILE.test(name)).sort();
    return Promise.all(files.map((name) => this.read(path.join(folder, name))));
  }

  private folderOf(origin: string): string {
    // An origin is a key name (no spaces, no '+'); its slashes would make folders.
    return path.join(this.root, origin.replace(/[^A-Za-z0-9._-]/g, '_'));
  }

  private async read(file: string): Promise<WitnessEntry> {
    const entry = JSON.parse(await readFile(file, 'utf8')) as WitnessEntry;
    if (entry.format !== WITNESS_FORMAT) throw new Error(`${file} is not a ${WITNESS_FORMAT} entry`);
    return entry;
  }
}
