import { testEvent } from '@yunghap/event-store/testing';
import { findChainFault, StreamEntry } from './chain-verifier';
import { chainEvents, eventHash } from './hash-chain';

// A hand-built stream of five events, then one change at a time, as a tamperer would make it.
const chain = chainEvents(
  'grant-7',
  0,
  null,
  ['A', 'B', 'C', 'D', 'E'].map((type) => testEvent(type, { amountWon: 100 })),
);
const intact: StreamEntry[] = chain.map((chained) => ({ version: chained.version, chained }));
const replace = (version: number, entry: StreamEntry) => intact.map((e) => (e.version === version ? entry : e));

describe('finding where a stream’s chain breaks', () => {
  it('finds nothing wrong in an intact stream', () => {
    expect(findChainFault(intact)).toBeNull();
    expect(findChainFault(intact, 5)).toBeNull();
    expect(findChainFault([])).toBeNull();
  });

  it('finds an edited event by its hash', () => {
    const edited = { ...chain[2], data: { amountWon: 999 } };

    expect(findChainFault(replace(3, { version: 3, chained: edited }))).toEqual({ version: 3, index: 2, reason: 'content does not match its hash' });
  });

  it('finds an edited event whose hash was recomputed at the next event', () => {
    const edited = { ...chain[2], data: { amountWon: 999 } };
    const rehashed = { ...edited, hash: eventHash(edited) };

    expect(findChainFault(replace(3, { version: 3, chained: rehashed }))).toMatchObject({
      version: 4,
      index: 3,
      reason: 'previous hash does not match the preceding event',
    });
  });

  it('finds a removed event at the one that follows it', () => {
    expect(findChainFault(intact.filter((e) => e.version !== 2))).toMatchObject({ version: 3, index: 1, reason: 'version 3 follows 1: an event is missing' });
  });

  it('finds a missing first event', () => {
    expect(findChainFault(intact.slice(1))).toMatchObject({ version: 2, index: 0, reason: 'version 2 follows 0: an event is missing' });
  });

  it('finds events removed from the end against the version the global order recorded', () => {
    expect(findChainFault(intact.slice(0, 3), 5)).toEqual({
      version: 4,
      index: null,
      reason: 'the stream ends at version 3 but the global order records version 5: events were removed or altered at the end',
    });
  });

  it('finds an event written without chain metadata', () => {
    expect(findChainFault(replace(4, { version: 4, chained: null }))).toMatchObject({
      version: 4,
      index: 3,
      reason: expect.stringMatching(/no chain metadata/),
    });
  });

  it('finds an event moved to another place, since the place is hashed', () => {
    const moved = chainEvents('grant-8', 0, null, [testEvent('X')])[0];

    expect(findChainFault([{ version: 1, chained: moved }, ...intact.slice(1)])).toMatchObject({
      version: 2,
      reason: 'previous hash does not match the preceding event',
    });
  });
});
