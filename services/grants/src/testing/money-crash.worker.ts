// Child process of money/money-flow.int.spec.ts: approves a grant the way the HTTP command does
// (decideMoveRecord in one store transaction), and dies by SIGKILL right after the money moved on
// the line, before the decision is recorded on the grant.
import { EventStoreTransaction, openPostgresEventStore } from '@yunghap/event-store';
import { grantDecider, GrantsStreams } from '@yunghap/grants-domain';
import { localEngines } from '@yunghap/testing';
import { GRANT_OUTBOX } from '../awards/grant.outbox';
import { decideMoveRecord, grantLineMovements } from '../money/money-flow';

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`money-crash worker: ${name} is not set`);
  return value;
}

/** The session as it is, except that an append to a budget line is the last thing this process does. */
function dyingAfterLineAppend(session: EventStoreTransaction): EventStoreTransaction {
  return {
    ...session,
    appendToStream: async (streamId, events, options) => {
      const appended = await session.appendToStream(streamId, events, options);
      if (!streamId.startsWith('budget-line-')) return appended;
      // Synchronous on a pipe: the parent reads it even though nothing runs after the kill.
      process.stdout.write(`line moved to version ${appended.nextExpectedVersion}\n`);
      process.kill(process.pid, 'SIGKILL');
      return appended;
    },
  };
}

async function main(): Promise<void> {
  const store = await openPostgresEventStore({ connectionString: localEngines().postgres.url, schema: setting('MONEY_CRASH_SCHEMA') });
  const grantId = setting('MONEY_CRASH_GRANT');
  const streamId = GrantsStreams.grant(grantId);
  const approve = {
    type: 'ApproveAward',
    data: { grantId },
    metadata: { now: new Date().toISOString(), actor: { userId: 'fin-han', role: 'finance' } },
  } as const;
  const result = await store.transaction((session) =>
    decideMoveRecord(dyingAfterLineAppend(session), streamId, approve, grantDecider, grantLineMovements, GRANT_OUTBOX),
  );
  process.stdout.write(`the approval ended without the kill: ${JSON.stringify(result)}\n`);
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`money-crash worker failed: ${String(error)}\n`);
  process.exit(1);
});
