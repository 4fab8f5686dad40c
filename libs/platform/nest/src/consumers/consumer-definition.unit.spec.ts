import { ContractDefinition } from '@yunghap/contracts';
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
});
