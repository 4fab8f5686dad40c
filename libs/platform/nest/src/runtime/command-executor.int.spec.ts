import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Registry } from 'prom-client';
import { handleCommand } from '@yunghap/event-store';
import { Decider, DomainCommand, DomainEvent, DomainError } from '@yunghap/kernel';
import { InProcessMessageBus } from '@yunghap/messaging';
import { RuntimeMetrics } from '../metrics/runtime-metrics';
import { DomainRefusal } from '../problem-details/problem-details.filter';
import { CommandExecutor } from './command-executor';
import { ServiceRuntime } from './service-runtime';

type Note = DomainCommand<'Note', { readonly refuse: boolean }>;
const notes: Decider<Note, DomainEvent<'Noted', null>, number> = {
  initialState: () => 0,
  evolve: (count) => count + 1,
  decide: (command) => (command.data.refuse ? new DomainError('NOTE.REFUSED', 'rule', '거부됨 (refused)') : [{ type: 'Noted', data: null }]),
};
const note = (refuse = false): Note => ({
  type: 'Note',
  data: { refuse },
  metadata: { now: '2026-05-01T00:00:00.000Z', actor: { userId: 'fin-han', role: 'finance' } },
});

describe('CommandExecutor: a command whose effect runs in one store transaction (PGlite)', () => {
  let runtime: ServiceRuntime;
  let commands: CommandExecutor;

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    runtime = await ServiceRuntime.open('grants', { mode: 'single-process', dataDir: null }, logger, { bus: new InProcessMessageBus({ logger }) });
    runtime.start([], []);
    await runtime.ready();
    commands = new CommandExecutor(runtime, new RuntimeMetrics(new Registry(), runtime), { tracer: undefined, shutdown: async () => undefined });
  });
  afterAll(() => runtime.stop());

  const streams = () => [`first-${randomUUID()}`, `second-${randomUUID()}`];

  it('commits what the effect appended to several streams and answers with its result', async () => {
    const [first, second] = streams();

    const result = await commands.executeInTransaction(second, note(), async (session) => {
      await handleCommand(session, first, note(), notes);
      return handleCommand(session, second, note(), notes);
    });

    expect(result).toMatchObject({ ok: true, version: 1 });
    expect(await runtime.store.readStream(first)).toHaveLength(1);
    expect(await runtime.store.readStream(second)).toHaveLength(1);
  });

  it('rolls back what the effect appended before a refusal, and answers the refusal', async () => {
    const [first, second] = streams();

    const refused = commands.executeInTransaction(second, note(true), async (session) => {
      await handleCommand(session, first, note(), notes);
      return handleCommand(session, second, note(true), notes);
    });

    await expect(refused).rejects.toBeInstanceOf(DomainRefusal);
    await expect(refused).rejects.toMatchObject({ error: { code: 'NOTE.REFUSED' } });
    expect(await runtime.store.readStream(first)).toEqual([]);
  });

  it('rolls back what the effect appended before a failure, and passes the failure on', async () => {
    const [first] = streams();

    const failed = commands.executeInTransaction(first, note(), async (session) => {
      await handleCommand(session, first, note(), notes);
      throw new Error('the process lost its way');
    });

    await expect(failed).rejects.toThrow('the process lost its way');
    expect(await runtime.store.readStream(first)).toEqual([]);
  });
});
