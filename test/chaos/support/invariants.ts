import { openPostgresEventStore } from '@yunghap/event-store';
import { localEngines } from '@yunghap/testing';
import { Client } from 'pg';
import type { ServiceName } from '@yunghap/platform-nest';
import { SERVICES } from '../../support/local-platform';

/** How many events of each type each of `streams` holds, in the service's schema of `namespace`. */
export async function eventCounts(namespace: string, service: ServiceName, streams: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const client = new Client({ connectionString: localEngines().postgres.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ stream_id: string; event_type: string; count: string }>(
      `SELECT stream_id, event_type, count(*) AS count FROM ${namespace}_${service}.es_events WHERE stream_id = ANY($1) GROUP BY stream_id, event_type`,
      [streams],
    );
    const counts = new Map<string, Record<string, number>>(streams.map((stream) => [stream, {}]));
    for (const row of rows) (counts.get(row.stream_id) as Record<string, number>)[row.event_type] = Number(row.count);
    return counts;
  } finally {
    await client.end();
  }
}

/** Every service's hash chains, checked by the event store's own verify over the whole log. */
export async function verifyAllChains(namespace: string): Promise<Record<string, { ok: boolean; checked: number }>> {
  const reports: Record<string, { ok: boolean; checked: number }> = {};
  for (const service of SERVICES) {
    const store = await openPostgresEventStore({ connectionString: localEngines().postgres.url, schema: `${namespace}_${service}` });
    try {
      const report = await store.verify('all');
      reports[service] = { ok: report.ok, checked: report.eventsChecked };
    } finally {
      await store.close();
    }
  }
  return reports;
}
