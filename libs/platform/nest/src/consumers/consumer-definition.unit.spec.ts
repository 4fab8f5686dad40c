import { AwardProposedPayload, AwardProposedV2, ContractDefinition, GrantAwardedV1 } from '@yunghap/contracts';
import { EventStoreTransaction } from '@yunghap/event-store';
import { IntegrationMessage } from '@yunghap/messaging';
import pino from 'pino';
import { ContractReaction, on } from './contract-reaction';
import { defineConsumer } from './consumer-definition';

class AnyPayload {}
const contract = (type: string, topic: string): ContractDefinition<AnyPayload> => ({ type, schemaVersion: 1, topic, payload: AnyPayload });
const reaction = (type: string, topic: string): ContractReaction => on(contract(type, topic), async () => undefined);

describe('defining a consumer', () => {
  it('subscribes to the topics of the contracts it reads, each once', () => {
    const reads = [reaction('a.First', 'yunghap.a.events'), reaction('b.Second', 'yunghap.b.events'), reaction('a.Third', 'yunghap.a.events')];
    expect(defineConsumer({ name: 'c.on-a-and-b', reads })).toMatchObject({ name: 'c.on-a-and-b', topics: ['yunghap.a.events', 'yunghap.b.events'] });
  });

  it('refuses a definition that reads a contract twice: which reaction would hold is not for the order to say', () => {
    const reads = [reaction('a.First', 'yunghap.a.events'), reaction('a.First', 'yunghap.a.events')];
    expect(() => defineConsumer({ name: 'c.twice', reads })).toThrow('Consumer c.twice reads a contract more than once');
  });

  it('upcasts a message of an older contract version before matching it, keeping its id', async () => {
    const seen: { payload: AwardProposedPayload; message: IntegrationMessage }[] = [];
    const consumer = defineConsumer({
      name: 'c.on-proposals',
      reads: [on(AwardProposedV2, async (payload, { message }) => void seen.push({ payload, message }))],
    });
    const fields = { grantId: 'grant-1', applicationId: 'app-1', callId: 'call-2026-it', lineId: 'it-convergence', amountWon: 250_000_000 };
    const stored: IntegrationMessage = {
      messageId: 'd1b3a1c4-7f3e-4a57-9b8e-0c1f2a3b4c5d',
      type: GrantAwardedV1.type,
      schemaVersion: GrantAwardedV1.schemaVersion,
      key: 'app-1',
      occurredAt: '2026-03-02T00:00:00.000Z',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      causationId: null,
      payload: { ...fields, awardedAt: '2026-03-02T00:00:00.000Z' },
    };
    // The effect touches no store: the session is never used.
    await consumer.handle(stored, {} as EventStoreTransaction, pino({ level: 'silent' }));

    expect(seen).toHaveLength(1);
    expect(seen[0].payload).toEqual({ ...fields, proposedAt: '2026-03-02T00:00:00.000Z' });
    expect(seen[0].message).toMatchObject({ messageId: stored.messageId, type: 'grants.AwardProposed', schemaVersion: 2 });
  });
});
