import { AppendSignal } from './append-signal';
import { CoalescedReads } from './coalesced-reads';
import { ReadAllOptions, RecordedEvent } from './event-store.port';

/** A log read that answers only when the test says, counting the queries it was sent. */
class ControlledLog {
  readonly queries: ReadAllOptions[] = [];
  private readonly answers: ((events: RecordedEvent[] | Error) => void)[] = [];

  read = (options: ReadAllOptions): Promise<RecordedEvent[]> => {
    this.queries.push(options);
    return new Promise((resolve, reject) => this.answers.push((answer) => (answer instanceof Error ? reject(answer) : resolve(answer))));
  };

  answer(index: number, events: RecordedEvent[] | Error): void {
    this.answers[index](events);
  }
}

const event = (position: number) => ({ position }) as RecordedEvent;

describe('CoalescedReads', () => {
  let log: ControlledLog;
  let signal: AppendSignal;
  let reads: CoalescedReads;

  beforeEach(() => {
    log = new ControlledLog();
    signal = new AppendSignal(() => () => undefined);
    reads = new CoalescedReads(log.read, () => signal.generation);
  });

  it('sends one query for readers of the same range at the same generation, and gives each its answer', async () => {
    const first = reads.readAll({ after: 4, maxCount: 500 });
    const second = reads.readAll({ after: 4, maxCount: 500 });
    log.answer(0, [event(5)]);
    expect(await first).toEqual([event(5)]);
    expect(await second).toEqual([event(5)]);
    expect(log.queries).toHaveLength(1);
  });

  it('queries anew for a reader woken by an append after the read in flight began', async () => {
    const woken: string[] = [];
    signal.listen(() => woken.push('subscriber'));
    const before = reads.readAll({ after: 4, maxCount: 500 });
    signal.notify();
    const after = reads.readAll({ after: 4, maxCount: 500 });
    expect(log.queries).toHaveLength(2);
    log.answer(0, []);
    log.answer(1, [event(5)]);
    expect(await before).toEqual([]);
    expect(await after).toEqual([event(5)]);
    expect(woken).toEqual(['subscriber']);
  });

  it('counts the engine notices its listeners hear as appends too', () => {
    let engineNotice = () => undefined as void;
    signal = new AppendSignal((listener) => {
      engineNotice = listener;
      return () => undefined;
    });
    signal.listen(() => undefined);
    const before = signal.generation;
    engineNotice();
    expect(signal.generation).toBeGreaterThan(before);
  });

  it('keeps different ranges apart and queries again once a read has answered', async () => {
    const a = reads.readAll({ after: 4, maxCount: 500 });
    const b = reads.readAll({ after: 7, maxCount: 500 });
    expect(log.queries).toHaveLength(2);
    log.answer(0, []);
    log.answer(1, []);
    await Promise.all([a, b]);
    const again = reads.readAll({ after: 4, maxCount: 500 });
    expect(log.queries).toHaveLength(3);
    log.answer(2, []);
    await again;
  });

  it('fails every reader of a failed query, and the next reader queries again', async () => {
    const first = reads.readAll({ after: 0, maxCount: 10 });
    const second = reads.readAll({ after: 0, maxCount: 10 });
    log.answer(0, new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await expect(second).rejects.toThrow('connection lost');
    const retry = reads.readAll({ after: 0, maxCount: 10 });
    expect(log.queries).toHaveLength(2);
    log.answer(1, [event(1)]);
    expect(await retry).toEqual([event(1)]);
  });
});
