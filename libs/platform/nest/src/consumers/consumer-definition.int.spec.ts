import { randomUUID } from 'node:crypto';
import { IsInt, IsString } from 'class-validator';
import pino from 'pino';
import { ContractDefinition } from '@yunghap/contracts';
import { handleCommand, openPgliteEventStore, SqlEventStore } from '@yunghap/event-store';
import { Decider, DomainCommand, DomainError, DomainEvent } from '@yunghap/kernel';
import { ConsumerEvent, DEAD_LETTER_HEADERS, deadLetterTopic, Delivery, IdempotentConsumer, InProcessMessageBus, IntegrationMessage } from '@yunghap/messaging';
import { eventually, uniqueName } from '@yunghap/testing';
import { commandTarget, on } from './contract-reaction';
import { defineConsumer } from './consumer-definition';

// A tally of entries, each counted once: a decider as small as a consumer's target can be.
type OpenTally = DomainCommand<'OpenTally', { readonly tallyId: string }>;
type AddEntry = DomainCommand<'AddEntry', { readonly tallyId: string; readonly entryId: string; readonly amount: number }>;
type TallyEvent = DomainEvent<'TallyOpened', { readonly tallyId: string }> | DomainEvent<'EntryAdded', { readonly entryId: string; readonly amount: number }>;
type TallyState = { readonly open: boolean; readonly entries: readonly string[] };

const tallyDecider: Decider<OpenTally | AddEntry, TallyEvent, TallyState> = {
  initialState: () => ({ open: false, entries: [] }),
  evolve: (state, event) => (event.type === 'TallyOpened' ? { ...state, open: true } : { ...state, entries: [...state.entries, event.data.entryId] }),
  decide: (command, state) => {
    if (command.type === 'OpenTally') {
      return state.open ? new DomainError('TALLY.ALREADY_OPEN', 'conflict', 'Tally open already') : [{ type: 'TallyOpened', data: command.data }];
    }
    const { entryId, amount } = command.data;
    if (!state.open) return new DomainError('TALLY.NOT_OPEN', 'conflict', 'Tally not open yet');
    if (state.entries.includes(entryId)) return new DomainError('TALLY.ENTRY_COUNTED', 'conflict', 'Entry counted already');
    if (amount < 0) return new DomainError('TALLY.NEGATIVE', 'rule', 'An entry is never negative');
    return [{ type: 'EntryAdded', data: { entryId, amount } }];
  },
};
const tallyStream = (tallyId: string) => `tally-${tallyId}`;

class EntryPayload {
  @IsString() readonly tallyId!: string;
  @IsString() readonly entryId!: string;
  @IsInt() readonly amount!: number;
}

const TOPIC = uniqueName('tally');
const contract = (type: string): ContractDefinition<EntryPayload> => ({ type, schemaVersion: 1, topic: TOPIC, payload: EntryPayload });
const EntryNoted = contract('test.EntryNoted');
const EntryNotedOnOpening = contract('test.EntryNotedOnOpening');

const tally = commandTarget({
  decider: tallyDecider,
  streamId: (command) => tallyStream(command.data.tallyId),
  tolerate: { 'TALLY.ENTRY_COUNTED': 'entry counted already; ignored' },
  retry: { 'TALLY.NOT_OPEN': 'the opening may still be on its way' },
});

const consumerDefinition = defineConsumer({
  name: uniqueName('tally-consumer'),
  reads: [
    tally.on(EntryNoted, ({ tallyId, entryId, amount }, metadata) => ({ type: 'AddEntry', data: { tallyId, entryId, amount }, metadata })),
    // Two commands: an effect, which appends through the context and settles refusals by its rules.
    on(EntryNotedOnOpening, async ({ tallyId, entryId, amount }, { execute, settle, session, metadata }) => {
      await execute(tallyStream(tallyId), { type: 'OpenTally', data: { tallyId }, metadata }, tallyDecider);
      const added = await handleCommand(session, tallyStream(tallyId), { type: 'AddEntry', data: { tallyId, entryId, amount }, metadata }, tallyDecider);
      settle(added, { tolerate: { 'TALLY.ENTRY_COUNTED': 'entry counted already; ignored' } });
    }),
  ],
});

const PINO_INFO = 30;

interface LogEntry {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

describe('a consumer in the platform shape (defineConsumer), on PGlite in memory and the in-process bus', () => {
  let store: SqlEventStore;
  let bus: InProcessMessageBus;
  let consumer: IdempotentConsumer;
  const logs: LogEntry[] = [];
  const events: ConsumerEvent[] = [];
  const parked: Delivery[] = [];

  beforeAll(async () => {
    store = await openPgliteEventStore();
    bus = new InProcessMessageBus({ logger: pino({ level: 'silent' }), redeliveryDelayMs: 20 });
    const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line) as LogEntry) });
    // As the runtime runs it, without any `isRefusal`: the refusal error alone parks a message.
    const retry = { attempts: 4, baseDelayMs: 100, maxDelayMs: 400 };
    consumer = new IdempotentConsumer({ ...consumerDefinition, bus, processed: store, logger, retry, onEvent: (event) => events.push(event) });
    await consumer.start();
    await bus.subscribe({ consumerGroup: uniqueName('dlq-reader'), topics: [deadLetterTopic(TOPIC)], handler: async (delivery) => void parked.push(delivery) });
  }, 30_000);

  afterAll(async () => {
    await consumer?.stop();
    await bus?.close();
    await store?.close();
  });

  const message = (type: string, payload: object): IntegrationMessage => ({
    messageId: randomUUID(),
    type,
    schemaVersion: 1,
    key: randomUUID(),
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    payload: { ...payload },
  });
  const entry = (tallyId: string, entryId: string, amount: number, type = EntryNoted.type) => message(type, { tallyId, entryId, amount });
  const publish = (...messages: IntegrationMessage[]) => bus.publish(messages.map((published) => ({ topic: TOPIC, message: published })));
  const handled = (published: IntegrationMessage) =>
    eventually(() => logs.find((log) => log.msg === 'message handled' && log['messageId'] === published.messageId), 10_000, `${published.messageId} handled`);
  const parkedOf = (published: IntegrationMessage) =>
    eventually(() => parked.find((delivery) => delivery.message.messageId === published.messageId), 10_000, `${published.messageId} parked`);
  const stream = async (tallyId: string) => (await store.readStream(tallyStream(tallyId))).map(({ type, data }) => ({ type, data }));
  const openTally = async (tallyId: string) => {
    const metadata = { now: new Date().toISOString(), actor: { userId: 'test', role: 'system' } } as const;
    const opened = await handleCommand(store, tallyStream(tallyId), { type: 'OpenTally', data: { tallyId }, metadata }, tallyDecider);
    expect(opened.ok).toBe(true);
  };

  it('decides the command a message means on its target stream, caused by the message, the platform acting', async () => {
    const tallyId = randomUUID();
    await openTally(tallyId);
    const noted = entry(tallyId, 'e1', 5);
    await publish(noted);
    await handled(noted);

    const [, added] = await store.readStream(tallyStream(tallyId));
    expect(added).toMatchObject({ type: 'EntryAdded', data: { entryId: 'e1', amount: 5 } });
    expect(added.metadata).toMatchObject({ actor: { role: 'system' }, causationId: noted.messageId, correlationId: noted.correlationId });
  });

  it('acknowledges a tolerated refusal, logging its reason at info, and appends nothing', async () => {
    const tallyId = randomUUID();
    await openTally(tallyId);
    const first = entry(tallyId, 'e1', 5);
    const again = entry(tallyId, 'e1', 5);
    await publish(first, again);
    await handled(again);

    expect(await stream(tallyId)).toHaveLength(2);
    const tolerated = logs.find((log) => log.msg === 'entry counted already; ignored' && log['messageId'] === again.messageId);
    expect(tolerated).toMatchObject({ level: PINO_INFO, code: 'TALLY.ENTRY_COUNTED', streamId: tallyStream(tallyId), command: 'AddEntry' });
    expect(tolerated?.['consumer']).toBe(consumerDefinition.name);
    expect(parked.filter((delivery) => delivery.message.messageId === again.messageId)).toEqual([]);
  });

  it('parks any other refusal at the first attempt as a RefusedMessageError with the code, then goes on', async () => {
    const tallyId = randomUUID();
    await openTally(tallyId);
    const negative = entry(tallyId, 'e1', -5);
    const next = entry(tallyId, 'e2', 1);
    const retriedBefore = events.filter((event) => event.kind === 'retried').length;
    await publish(negative, next);
    await handled(next);

    const dead = await parkedOf(negative);
    expect(dead.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'refused',
      [DEAD_LETTER_HEADERS.attempts]: '1',
      [DEAD_LETTER_HEADERS.errorName]: 'RefusedMessageError',
      [DEAD_LETTER_HEADERS.errorMessage]: 'TALLY.NEGATIVE: An entry is never negative',
    });
    expect(events.filter((event) => event.kind === 'retried')).toHaveLength(retriedBefore);
    expect((await stream(tallyId)).map((event) => event.type)).toEqual(['TallyOpened', 'EntryAdded']);
  });

  it('retries a refusal that another message may lift, and handles the message once it is lifted', async () => {
    const tallyId = randomUUID();
    const early = entry(tallyId, 'e1', 3);
    const retriedBefore = events.filter((event) => event.kind === 'retried').length;
    // The in-process bus resolves a publication once every group has committed it: not before the tally opens.
    const published = publish(early);
    await eventually(() => (events.filter((event) => event.kind === 'retried').length > retriedBefore ? true : undefined), 10_000, 'a retry');
    await openTally(tallyId);
    await published;
    await handled(early);

    expect((await stream(tallyId)).map((event) => event.type)).toEqual(['TallyOpened', 'EntryAdded']);
    expect(parked.filter((delivery) => delivery.message.messageId === early.messageId)).toEqual([]);
  });

  it('parks a retried refusal after the last attempt when nothing lifts it', async () => {
    const never = entry(randomUUID(), 'e1', 3);
    await publish(never);
    const dead = await parkedOf(never);
    expect(dead.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'retries-exhausted',
      [DEAD_LETTER_HEADERS.attempts]: '4',
      [DEAD_LETTER_HEADERS.errorName]: 'RefusedMessageError',
    });
    expect(dead.headers[DEAD_LETTER_HEADERS.errorMessage]).toBe('TALLY.NOT_OPEN: Tally not open yet (retried: the opening may still be on its way)');
  });

  it('acknowledges a message of a type it does not read without appending anything', async () => {
    const tallyId = randomUUID();
    const other = message('test.SomethingElse', { tallyId });
    const head = await store.headPosition();
    await publish(other);
    await handled(other);

    expect(await store.headPosition()).toBe(head);
    expect(parked.filter((delivery) => delivery.message.messageId === other.messageId)).toEqual([]);
  });

  it('runs an effect of several commands in one transaction: a refusal of the last rolls back the first', async () => {
    const opened = randomUUID();
    const openingWith = entry(opened, 'e1', 2, EntryNotedOnOpening.type);
    await publish(openingWith);
    await handled(openingWith);
    expect((await stream(opened)).map((event) => event.type)).toEqual(['TallyOpened', 'EntryAdded']);

    const refused = randomUUID();
    const negative = entry(refused, 'e1', -2, EntryNotedOnOpening.type);
    await publish(negative);
    const dead = await parkedOf(negative);
    expect(dead.headers).toMatchObject({ [DEAD_LETTER_HEADERS.reason]: 'refused', [DEAD_LETTER_HEADERS.errorName]: 'RefusedMessageError' });
    expect(await stream(refused)).toEqual([]);
  });
});
