import { randomUUID } from 'node:crypto';
import { EsdbGateway, EventToWrite } from './esdb-gateway';
import { GlobalOrder, POSITIONS_STREAM } from './global-order';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb';
import { linkTargetOf } from './link-target';

// In these tests an event belongs to the store when its type starts with "Own".
const belongs = (event: { type: string }) => event.type.startsWith('Own');
const own = (n = 1): EventToWrite[] => Array.from({ length: n }, () => ({ id: randomUUID(), type: 'OwnEvent', data: {}, metadata: {} }));
const noise = (n = 1): EventToWrite[] => Array.from({ length: n }, () => ({ id: randomUUID(), type: '$statsCollected', data: {}, metadata: {} }));

function links(server: InMemoryEventStoreDb): string[] {
  return server.readStream(POSITIONS_STREAM, { direction: 'forwards', from: 'start' }).map(linkTargetOf);
}

/** Counts the $all reads a connection makes (one per linking round) and runs `afterFirstRead` once. */
function countingReads(gateway: EsdbGateway, afterFirstRead: () => void): { gateway: EsdbGateway; reads: () => number } {
  let reads = 0;
  const readAll = gateway.readAll.bind(gateway);
  gateway.readAll = async (from, maxCount) => {
    const read = await readAll(from, maxCount);
    reads += 1;
    if (reads === 1) afterFirstRead();
    return read;
  };
  return { gateway, reads: () => reads };
}

describe('the global order', () => {
  let server: InMemoryEventStoreDb;
  beforeEach(() => (server = new InMemoryEventStoreDb()));

  it('links the store’s events in $all order, one position each, skipping everything else', async () => {
    const order = new GlobalOrder(server.connect(), belongs);
    server.write('$stats-node', noise(3));
    server.write('a', own(2));
    server.write('other-app', [{ id: randomUUID(), type: 'Foreign', data: {}, metadata: {} }]);
    server.write('b', own(1));

    expect(await order.catchUp()).toBe(3);
    server.write('a', own(1));
    expect(await order.catchUp()).toBe(4);
    expect(await order.catchUp()).toBe(4);
    expect(links(server)).toEqual(['0@a', '1@a', '0@b', '2@a']);
  });

  it('works through more of $all than one read returns', async () => {
    const order = new GlobalOrder(server.connect(), belongs);
    server.write('a', own(1));
    server.write('$stats-node', noise(1200));
    server.write('b', own(600));

    expect(await order.catchUp()).toBe(601);
    expect(links(server)).toHaveLength(601);
  });

  it('gives processes that link at the same time one order, without gaps or doubles', async () => {
    const processes = Array.from({ length: 4 }, () => new GlobalOrder(server.connect(), belongs));
    const catchUps: Promise<number>[] = [];
    for (let i = 0; i < 40; i += 1) {
      server.write(`s-${i % 5}`, own(1 + (i % 3)));
      catchUps.push(processes[i % processes.length].catchUp());
      await new Promise((resolve) => setImmediate(resolve));
    }

    await Promise.all(catchUps);
    const heads = await Promise.all(processes.map((order) => order.catchUp()));

    const expected = server
      .readAll('start', 10_000)
      .filter(belongs)
      .map((event) => `${event.revision}@${event.streamId}`);
    expect(expected).toHaveLength(79);
    expect(heads).toEqual([79, 79, 79, 79]);
    expect(links(server)).toEqual(expected);
  });

  it('resumes where the links end after a restart', async () => {
    server.write('a', own(2));
    await new GlobalOrder(server.connect(), belongs).catchUp();
    server.write('a', own(1));

    expect(await new GlobalOrder(server.connect(), belongs).catchUp()).toBe(3);
    expect(links(server)).toEqual(['0@a', '1@a', '2@a']);
  });

  it('shares runs between concurrent callers, each answered by a run that began after its call', async () => {
    let waiting: Promise<number>[] = [];
    const { gateway, reads } = countingReads(server.connect(), () => {
      server.write('a', own(1));
      waiting = Array.from({ length: 20 }, () => order.catchUp());
    });
    const order = new GlobalOrder(gateway, belongs);
    server.write('a', own(1));

    expect(await order.catchUp()).toBe(1);
    expect(await Promise.all(waiting)).toEqual(Array(20).fill(2));
    expect(reads()).toBe(2);
  });

  it('finds positions from a floor, across pages, for links written by another process', async () => {
    const writer = new GlobalOrder(server.connect(), belongs);
    server.write('early', own(1));
    server.write('busy', own(1500));
    server.write('late', own(2));
    await writer.catchUp();

    const reader = new GlobalOrder(server.connect(), belongs);
    const positions = await reader.positionsOf([
      { streamId: 'late', revision: 0n, after: 0 },
      { streamId: 'late', revision: 1n, after: 0 },
    ]);

    expect(positions).toEqual([1502, 1503]);
    expect(await reader.positionsOf([{ streamId: 'early', revision: 0n, after: 0 }])).toEqual([1]);
  });

  it('links what is missing before it gives up on a position, then reports it missing', async () => {
    const order = new GlobalOrder(server.connect(), belongs);
    server.write('a', own(1));

    expect(await order.positionsOf([{ streamId: 'a', revision: 0n, after: 0 }])).toEqual([1]);
    await expect(order.positionsOf([{ streamId: 'a', revision: 5n, after: 0 }])).rejects.toThrow(/not in the global order/);
  });

  it('reads links after a position, resolved, and lists the streams with their highest version', async () => {
    const order = new GlobalOrder(server.connect(), belongs);
    server.write('a', own(2));
    server.write('b', own(1));
    await order.catchUp();

    const read = await order.read(1, 1);

    expect(read.map(({ link, target }) => [link.revision, target?.streamId, target?.revision])).toEqual([[1n, 'a', 1n]]);
    expect(await order.streams()).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
  });
});
