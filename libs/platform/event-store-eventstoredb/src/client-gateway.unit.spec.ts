import { randomUUID } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { eventStoreContract } from '@yunghap/event-store/testing';
import { ClientGateway, toEventData } from './client-gateway';
import { StreamRevisionConflict } from './esdb-gateway';
import { openEventStoreDbEventStore } from './eventstoredb-event-store';
import { startGrpcModelServer } from './testing/grpc-model-server';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb';

// The real client library on the wire, against the model behind the server's gRPC protocol:
// this checks how the adapter drives the client, not how the server behaves.
let server: Awaited<ReturnType<typeof startGrpcModelServer>>;
afterAll(() => server?.stop());

eventStoreContract(
  'EventStoreDB adapter through @eventstore/db-client, over the model behind gRPC',
  async () => {
    server = await startGrpcModelServer(new InMemoryEventStoreDb());
    const store = await openEventStoreDbEventStore(server.connectionString);
    return {
      store,
      reopen: async () => {
        await store.close();
        return openEventStoreDbEventStore(server.connectionString);
      },
    };
  },
  { writers: 10, sqlTampering: false },
);

describe('client gateway', () => {
  let model: InMemoryEventStoreDb;
  let own: Awaited<ReturnType<typeof startGrpcModelServer>>;
  beforeAll(async () => {
    model = new InMemoryEventStoreDb();
    own = await startGrpcModelServer(model);
  });
  afterAll(() => own.stop());

  const event = (type: string) => ({ id: randomUUID(), type, data: { n: 1 }, metadata: { $correlationId: 'c' } });

  it.each([[''], ['&throwOnAppendFailure=false']])(
    'turns a wrong expected revision into a StreamRevisionConflict (connection options: "%s")',
    async (options) => {
      const gateway = new ClientGateway(EventStoreDBClient.connectionString(`${own.connectionString}${options}`));
      const id = `s-${randomUUID()}`;
      await gateway.append(id, [event('A')], 'no_stream');

      await expect(gateway.append(id, [event('B')], 'no_stream')).rejects.toBeInstanceOf(StreamRevisionConflict);
      await expect(gateway.append(id, [event('B')], 1n)).rejects.toBeInstanceOf(StreamRevisionConflict);
      await expect(gateway.append(id, [event('B')], 0n)).resolves.toBeUndefined();
      await gateway.close();
    },
  );

  it('reads an unknown stream as empty, and links as link plus target', async () => {
    const gateway = new ClientGateway(EventStoreDBClient.connectionString(own.connectionString));
    const id = `s-${randomUUID()}`;
    await gateway.append(id, [event('A')], 'no_stream');
    await gateway.append(
      '$links',
      [
        { id: randomUUID(), type: '$>', data: Buffer.from(`0@${id}`), metadata: null },
        { id: randomUUID(), type: '$>', data: Buffer.from('9@gone'), metadata: null },
      ],
      'no_stream',
    );

    const [resolved, dangling] = await gateway.readLinks('$links', 0n);

    expect(await gateway.readStream(`nobody-${randomUUID()}`, { direction: 'forwards', from: 'start' })).toEqual([]);
    expect(resolved.link.type).toBe('$>');
    expect(resolved.target).toMatchObject({ streamId: id, revision: 0n, type: 'A', data: { n: 1 }, metadata: { $correlationId: 'c' } });
    expect(dangling.target).toBeUndefined();
    await gateway.close();
  });

  it('writes JSON bodies as JSON and byte bodies as bytes', () => {
    expect(toEventData({ id: randomUUID(), type: 'A', data: 7, metadata: {} })).toMatchObject({ contentType: 'application/json', data: 7 });
    expect(toEventData({ id: randomUUID(), type: '$>', data: Buffer.from('0@s'), metadata: null })).toMatchObject({ contentType: 'application/octet-stream' });
  });
});
