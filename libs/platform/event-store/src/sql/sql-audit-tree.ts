import { AuditTreeMovedError, AuditTreeStore, StoredCheckpoint, StoredSubtree, WitnessedCheckpoint } from '../audit-tree.port';
import { SqlDatabase } from './sql-database';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

interface CheckpointRow {
  tree_size: string | number;
  root_hash: string;
  note: string;
  signed_at: Date | string;
}

/**
 * `AuditTreeStore` in the event store's database: tables es_merkle_nodes, es_checkpoints and
 * es_witnessed (schema.sql.ts). Hashes cross the driver as hex text, which node-postgres and
 * PGlite pass alike.
 */
export class SqlAuditTree implements AuditTreeStore {
  constructor(private readonly db: SqlDatabase) {}

  async treeSize(): Promise<number> {
    const { rows } = await this.db.query<{ size: string | number }>('SELECT coalesce(max(index) + 1, 0) AS size FROM es_merkle_nodes WHERE level = 0');
    return Number(rows[0].size);
  }

  async extend(fromSize: number, toSize: number, subtrees: readonly StoredSubtree[]): Promise<void> {
    await this.db.transaction(async (sql) => {
      // One keeper per store; the lock makes a second one (a misconfigured replica) fail instead of interleaving.
      await sql.query("SELECT pg_advisory_xact_lock(hashtext('yunghap_audit_tree'))");
      const { rows } = await sql.query<{ size: string | number }>('SELECT coalesce(max(index) + 1, 0) AS size FROM es_merkle_nodes WHERE level = 0');
      const actual = Number(rows[0].size);
      if (actual !== fromSize) throw new AuditTreeMovedError(fromSize, actual);
      if (subtrees.some((subtree) => subtree.level === 0 && (subtree.index < fromSize || subtree.index >= toSize))) {
        throw new RangeError(`Leaves given outside [${fromSize}, ${toSize})`);
      }
      await sql.query(
        'INSERT INTO es_merkle_nodes (level, index, hash) SELECT l, i, decode(h, $4) FROM unnest($1::smallint[], $2::bigint[], $3::text[]) AS t (l, i, h)',
        [subtrees.map((subtree) => subtree.level), subtrees.map((subtree) => subtree.index), subtrees.map((subtree) => hex(subtree.hash)), 'hex'],
      );
    });
  }

  async readSubtreeHashes(ids: readonly { readonly level: number; readonly index: number }[]): Promise<readonly Uint8Array[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{ level: number; index: string | number; hash: string }>(
      `SELECT n.level, n.index, encode(n.hash, 'hex') AS hash FROM es_merkle_nodes n
        JOIN unnest($1::smallint[], $2::bigint[]) AS wanted (l, i) ON n.level = wanted.l AND n.index = wanted.i`,
      [ids.map((id) => id.level), ids.map((id) => id.index)],
    );
    const found = new Map(rows.map((row) => [`${row.level}/${Number(row.index)}`, row.hash]));
    return ids.map(({ level, index }) => {
      const hash = found.get(`${level}/${index}`);
      if (hash === undefined) throw new RangeError(`The audit tree has no subtree at level ${level}, index ${index}`);
      return bytes(hash);
    });
  }

  async addCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    await this.db.query(
      'INSERT INTO es_checkpoints (tree_size, root_hash, note, signed_at) VALUES ($1, decode($2, $5), $3, $4::timestamptz) ON CONFLICT (tree_size) DO NOTHING',
      [checkpoint.treeSize, hex(checkpoint.rootHash), checkpoint.note, checkpoint.signedAt, 'hex'],
    );
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const { rows } = await this.db.query<CheckpointRow>(
      "SELECT tree_size, encode(root_hash, 'hex') AS root_hash, note, signed_at FROM es_checkpoints ORDER BY tree_size DESC LIMIT 1",
    );
    const [row] = rows;
    return row ? { treeSize: Number(row.tree_size), rootHash: bytes(row.root_hash), note: row.note, signedAt: new Date(row.signed_at).toISOString() } : null;
  }

  async addWitnessed(checkpoint: WitnessedCheckpoint): Promise<void> {
    await this.db.query(
      'INSERT INTO es_witnessed (origin, tree_size, note, seen_at) VALUES ($1, $2, $3, $4::timestamptz) ON CONFLICT (origin, tree_size) DO NOTHING',
      [checkpoint.origin, checkpoint.treeSize, checkpoint.note, checkpoint.seenAt],
    );
  }

  async latestWitnessed(origin: string): Promise<WitnessedCheckpoint | null> {
    const { rows } = await this.db.query<{ tree_size: string | number; note: string; seen_at: Date | string }>(
      'SELECT tree_size, note, seen_at FROM es_witnessed WHERE origin = $1 ORDER BY tree_size DESC LIMIT 1',
      [origin],
    );
    const [row] = rows;
    return row ? { origin, treeSize: Number(row.tree_size), note: row.note, seenAt: new Date(row.seen_at).toISOString() } : null;
  }
}
