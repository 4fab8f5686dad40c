import { Client } from 'pg';
import { TIMED_OUT, withinDeadline } from '../deadline';

/**
 * Ends a connection politely, and drops its socket when the server does not answer the goodbye
 * within `graceMs`: a frozen server would otherwise keep `end()` (and the process) waiting forever.
 */
export async function endPgClient(client: Client, graceMs: number): Promise<void> {
  const ended = client.end();
  if ((await withinDeadline(ended, graceMs)) !== TIMED_OUT) return;
  client.connection.stream.destroy();
  await ended;
}
