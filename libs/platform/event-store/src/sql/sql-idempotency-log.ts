import { ClaimOutcome, IdempotencyClaim, IdempotencyLog, StoredResponse } from '../idempotency.port';
import { SqlSession } from './sql-database';

interface KeyRow {
  fingerprint: string;
  correlation_id: string;
  state: 'pending' | 'done';
  response: string | null;
  created_at: Date | string;
}

/** `IdempotencyLog` over the event store's PostgreSQL (or PGlite) database: table `es_idempotency_keys`. */
export class SqlIdempotencyLog implements IdempotencyLog {
  constructor(private readonly db: SqlSession) {}

  async claim(claim: IdempotencyClaim): Promise<ClaimOutcome> {
    const { scope, key, fingerprint, correlationId, now } = claim;
    const expiredBefore = new Date(now.getTime() - claim.retentionMs).toISOString();
    // One statement: a new key is inserted, an expired one taken over; a live one is left as it is.
    const { rows: won } = await this.db.query(
      `INSERT INTO es_idempotency_keys (scope, key, fingerprint, correlation_id, state, created_at)
       VALUES ($1, $2, $3, $4, 'pending', $5::timestamptz)
       ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint, correlation_id = excluded.correlation_id,
         state = 'pending', response = NULL, created_at = excluded.created_at, completed_at = NULL
       WHERE es_idempotency_keys.created_at < $6::timestamptz
       RETURNING key`,
      [scope, key, fingerprint, correlationId, now.toISOString(), expiredBefore],
    );
    if (won.length > 0) return { kind: 'claimed' };

    const { rows } = await this.db.query<KeyRow>(
      'SELECT fingerprint, correlation_id, state, response, created_at FROM es_idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const [row] = rows;
    if (!row) return this.claim(claim);
    if (row.fingerprint !== fingerprint) return { kind: 'fingerprint-mismatch' };
    if (row.state === 'done' && row.response) return { kind: 'replay', response: JSON.parse(row.response) as StoredResponse };
    if (now.getTime() - new Date(row.created_at).getTime() < claim.leaseMs) return { kind: 'in-progress' };
    return this.takeOverAbandoned(claim, row);
  }

  private async takeOverAbandoned(claim: IdempotencyClaim, row: KeyRow): Promise<ClaimOutcome> {
    const positions = await this.positionsOf(row.correlation_id);
    if (positions.length > 0) return { kind: 'outcome-unknown', positions };
    const { rows } = await this.db.query(
      `UPDATE es_idempotency_keys SET correlation_id = $3, created_at = $4::timestamptz
       WHERE scope = $1 AND key = $2 AND state = 'pending' AND created_at = $5::timestamptz RETURNING key`,
      [claim.scope, claim.key, claim.correlationId, claim.now.toISOString(), new Date(row.created_at).toISOString()],
    );
    return rows.length > 0 ? { kind: 'claimed' } : { kind: 'in-progress' };
  }

  async complete(scope: string, key: string, response: StoredResponse, now: Date): Promise<void> {
    await this.db.query(`UPDATE es_idempotency_keys SET state = 'done', response = $3, completed_at = $4::timestamptz WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      JSON.stringify(response),
      now.toISOString(),
    ]);
  }

  async release(scope: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM es_idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'pending'`, [scope, key]);
  }

  async forgetBefore(before: Date): Promise<number> {
    const { rows } = await this.db.query(`DELETE FROM es_idempotency_keys WHERE created_at < $1::timestamptz RETURNING key`, [before.toISOString()]);
    return rows.length;
  }

  async positionsOf(correlationId: string): Promise<number[]> {
    const { rows } = await this.db.query<{ position: string | number }>(
      `SELECT position FROM es_events WHERE metadata->>'correlationId' = $1 ORDER BY position`,
      [correlationId],
    );
    return rows.map((row) => Number(row.position));
  }
}
