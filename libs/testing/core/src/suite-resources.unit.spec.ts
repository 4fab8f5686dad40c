import { suiteResources } from './suite-resources';

describe('suiteResources', () => {
  it('closes what opened, newest first', async () => {
    const closed: string[] = [];
    const resources = suiteResources();
    await resources.open(async (keep) => {
      keep('event store', (name) => closed.push(name));
      keep('read models', (name) => closed.push(name));
    });

    await resources.close();

    expect(closed).toEqual(['read models', 'event store']);
  });

  it('waits for an open that is still running, as after a timed-out beforeAll, and closes what it opened late', async () => {
    const closed: string[] = [];
    let finishOpening: () => void = () => undefined;
    const resources = suiteResources();
    void resources.open(async (keep) => {
      keep('event store', (name) => closed.push(name));
      await new Promise<void>((resolve) => (finishOpening = resolve));
      keep('connection', (name) => closed.push(name));
    });

    const closing = resources.close();
    finishOpening();
    await closing;

    expect(closed).toEqual(['connection', 'event store']);
  });

  it('closes what opened before open failed, without failing again for it', async () => {
    const closed: string[] = [];
    const resources = suiteResources();
    await expect(
      resources.open(async (keep) => {
        keep('event store', (name) => closed.push(name));
        throw new Error('FerretDB is not reachable');
      }),
    ).rejects.toThrow('FerretDB is not reachable');

    await resources.close();

    expect(closed).toEqual(['event store']);
  });

  it('runs every closer when one fails, then throws the first error', async () => {
    const closed: string[] = [];
    const resources = suiteResources();
    await resources.open(async (keep) => {
      keep('event store', (name) => closed.push(name));
      keep('read models', () => Promise.reject(new Error('drop failed')));
    });

    await expect(resources.close()).rejects.toThrow('drop failed');
    expect(closed).toEqual(['event store']);
  });
});
