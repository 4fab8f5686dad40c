import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { foldStream, handleCommand, openPostgresEventStore, SqlEventStore } from '@yunghap/event-store';
import { budgetLineDecider, checkLineInvariant, grantDecider, GrantsStreams, lineBalance } from '@yunghap/grants-domain';
import { CommandMetadata, Role, won } from '@yunghap/kernel';
import { localEngines, requireEngine, runWorker, uniqueName } from '@yunghap/testing';
import { GRANT_OUTBOX } from '../awards/grant.outbox';
import { decideMoveRecord, grantLineMovements } from './money-flow';

const engine = localEngines().postgres;
const YEAR = 2026;
const LINE = 'it-convergence';
const AWARD = won(300_000_000);
const by = (userId: string, role: Role): CommandMetadata => ({ now: '2026-04-01T10:00:00+09:00', actor: { userId, role } });

/** Runs testing/money-crash.worker.ts to its end, and tells how it ended and what it printed. */
const runDyingApproval = (settings: Record<string, string>) => runWorker(path.join(__dirname, '..', 'testing', 'money-crash.worker.ts'), settings, 60_000);

describe('a money command killed between moving the money and recording the decision (PostgreSQL)', () => {
  const schema = uniqueName('grants_money_crash').toLowerCase();
  let store: SqlEventStore;

  beforeAll(async () => {
    await requireEngine(engine);
    store = await openPostgresEventStore({ connectionString: engine.url, schema });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('leaves nothing half-done: line and grant as they were, the budget whole, and the command can run again once', async () => {
    const grantId = randomUUID();
    const lineStream = GrantsStreams.budgetLine(YEAR, LINE);
    const grantStream = GrantsStreams.grant(grantId);
    const pm = by('pm-park', 'program-manager');
    await handleCommand(
      store,
      lineStream,
      { type: 'OpenBudgetLine', data: { year: YEAR, lineId: LINE, amount: won(1_500_000_000) }, metadata: pm },
      budgetLineDecider,
    );
    const schedule = [{ trancheId: 't1', dueOn: '2026-06-01', amount: AWARD }];
    const proposal = {
      grantId,
      year: YEAR,
      applicationId: 'app-crash',
      callId: 'call-2026',
      lineId: LINE,
      callLineId: LINE,
      amount: AWARD,
      requestedWon: AWARD,
      projectCap: AWARD,
      evaluationPassed: true,
      schedule,
    };
    const proposed = await handleCommand(store, grantStream, { type: 'ProposeAward', data: proposal, metadata: pm }, grantDecider, GRANT_OUTBOX);
    expect(proposed.ok).toBe(true);
    const before = {
      line: await store.readStream(lineStream),
      grant: await store.readStream(grantStream),
      head: await store.headPosition(),
      outbox: await store.outboxBacklog(),
    };

    const { signal, output } = await runDyingApproval({ MONEY_CRASH_SCHEMA: schema, MONEY_CRASH_GRANT: grantId });

    expect(output).toContain('line moved to version 2');
    expect(signal).toBe('SIGKILL');
    const line = await store.readStream(lineStream);
    expect(line).toEqual(before.line);
    expect(await store.readStream(grantStream)).toEqual(before.grant);
    expect(await store.headPosition()).toBe(before.head);
    expect((await store.outboxBacklog()).pending).toBe(before.outbox.pending);
    const lineState = foldStream(line, budgetLineDecider);
    expect(checkLineInvariant(lineState)).toEqual([]);
    expect(lineBalance(lineState)).toMatchObject({ available: 1_500_000_000, committed: 0 });
    expect((await store.verify('all')).ok).toBe(true);

    // The dead process's locks went with its connection: the same approval now goes through, once.
    const approve = { type: 'ApproveAward', data: { grantId }, metadata: by('fin-han', 'finance') } as const;
    const approved = await store.transaction((session) => decideMoveRecord(session, grantStream, approve, grantDecider, grantLineMovements, GRANT_OUTBOX));

    expect(approved.ok).toBe(true);
    const after = foldStream(await store.readStream(lineStream), budgetLineDecider);
    expect(lineBalance(after)).toMatchObject({ available: 1_200_000_000, committed: 300_000_000 });
    expect(checkLineInvariant(after)).toEqual([]);
    expect(foldStream(await store.readStream(grantStream), grantDecider)).toMatchObject({ status: 'awarded' });
  }, 90_000);
});
