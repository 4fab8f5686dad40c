import { ErasedSubject, PersonalKeyStore, SubjectErasedError, SubjectKey } from './personal-key-store.port';
import { KeyWrapping } from './key-wrapping';

/** The little the key store needs of a PostgreSQL connection; node-postgres' Pool and PGlite both have it. */
export interface KeyStoreDatabase {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

interface KeyRow {
  wrapped_key: string | null;
  last_sealed_at: Date | string;
  erased_at: Date | string | null;
  erasure_reference: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pd_subject_keys (
  subject text PRIMARY KEY,
  wrapped_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sealed_at timestamptz NOT NULL DEFAULT now(),
  erased_at timestamptz,
  erasure_reference text,
  CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
)`;

/**
 * `PersonalKeyStore` in its own PostgreSQL database or schema (never the event store's), keys
 * wrapped with the KEK. Erasing overwrites the wrapped key with NULL in the same row: the
 * tombstone stays, the key does not. (PostgreSQL keeps old row versions until VACUUM; the
 * runbook in docs/audit.md has the key store vacuumed after each erasure, and its backups rotated.)
 */
export class SqlPersonalKeyStore implements PersonalKeyStore {
  private constructor(
    private readonly db: KeyStoreDatabase,
    private readonly wrapping: KeyWrapping,
    private readonly closeDatabase: () => Promise<void>,
  ) {}

  static async open(db: KeyStoreDatabase, kek: Uint8Array, close: () => Promise<void>): Promise<SqlPersonalKeyStore> {
    await db.query(SCHEMA);
    return new SqlPersonalKeyStore(db, new KeyWrapping(kek), close);
  }

  async keyOf(subject: string): Promise<SubjectKey> {
    // Marking a key used is a write; once a day is all retention needs, so most seals only read.
    const { rows: recent } = await this.db.query<KeyRow>(
      `SELECT wrapped_key, last_sealed_at, erased_at, erasure_reference FROM pd_subject_keys
       WHERE subject = $1 AND (erased_at IS NOT NULL OR last_sealed_at > now() - interval '1 day')`,
      [subject],
    );
    if (recent[0] !== undefined) return this.usable(subject, recent[0]);
    const fresh = this.wrapping.newKey(subject);
    // One statement: the first caller's key wins a race, and every caller reads the row that won.
    const { rows } = await this.db.query<KeyRow>(
      `INSERT INTO pd_subject_keys (subject, wrapped_key) VALUES ($1, $2)
       ON CONFLICT (subject) DO UPDATE SET last_sealed_at = CASE WHEN pd_subject_keys.erased_at IS NULL THEN now() ELSE pd_subject_keys.last_sealed_at END
       RETURNING wrapped_key, last_sealed_at, erased_at, erasure_reference`,
      [subject, Buffer.from(fresh.wrapped).toString('base64')],
    );
    return this.usable(subject, rows[0]);
  }

  private usable(subject: string, row: KeyRow): SubjectKey {
    const found = this.fromRow(subject, row);
    if ('erasedAt' in found) throw new SubjectErasedError(found);
    return found;
  }

  async find(subject: string): Promise<SubjectKey | ErasedSubject | null> {
    const { rows } = await this.db.query<KeyRow>('SELECT wrapped_key, last_sealed_at, erased_at, erasure_reference FROM pd_subject_keys WHERE subject = $1', [
      subject,
    ]);
    return rows[0] === undefined ? null : this.fromRow(subject, rows[0]);
  }

  async erase(subject: string, erasure: { readonly at: string; readonly reference: string }): Promise<'erased' | 'already-erased'> {
    const { rows } = await this.db.query<{ subject: string }>(
      `INSERT INTO pd_subject_keys (subject, wrapped_key, erased_at, erasure_reference) VALUES ($1, NULL, $2::timestamptz, $3)
       ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, erased_at = excluded.erased_at, erasure_reference = excluded.erasure_reference
       WHERE pd_subject_keys.erased_at IS NULL
       RETURNING subject`,
      [subject, erasure.at, erasure.reference],
    );
    return rows.length > 0 ? 'erased' : 'already-erased';
  }

  close(): Promise<void> {
    return this.closeDatabase();
  }

  private fromRow(subject: string, row: KeyRow): SubjectKey | ErasedSubject {
    if (row.wrapped_key === null) return { subject, erasedAt: new Date(row.erased_at as Date | string).toISOString(), reference: row.erasure_reference ?? '' };
    return {
      subject,
      key: this.wrapping.unwrap(subject, new Uint8Array(Buffer.from(row.wrapped_key, 'base64'))),
      lastSealedAt: new Date(row.last_sealed_at).toISOString(),
    };
  }
}
