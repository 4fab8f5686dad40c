import { InMemorySessionStore, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-store';

describe('InMemorySessionStore', () => {
  let now = 0;
  const store = new InMemorySessionStore(() => now);

  it('gives each session a fresh opaque id', async () => {
    const [a, b] = [await store.create(), await store.create()];
    expect(a.id).toMatch(/^[\w-]{43}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('ends a session idle for 30 minutes', async () => {
    now = 0;
    const session = await store.create();
    now = SESSION_IDLE_MS - 1;
    expect(await store.find(session.id)).toBe(session);
    now += SESSION_IDLE_MS;
    expect(await store.find(session.id)).toBeUndefined();
  });

  it('ends any session after 8 hours, however busy', async () => {
    now = 0;
    const session = await store.create();
    for (now = 0; now < SESSION_ABSOLUTE_MS; now += SESSION_IDLE_MS / 2) expect(await store.find(session.id)).toBe(session);
    expect(await store.find(session.id)).toBeUndefined();
  });

  it('lets a peek see a session without keeping it alive', async () => {
    now = 0;
    const session = await store.create();
    now = SESSION_IDLE_MS - 1;
    expect(await store.peek(session.id)).toBe(session);
    now = SESSION_IDLE_MS;
    expect(await store.peek(session.id)).toBeUndefined();
  });

  it('forgets a destroyed session', async () => {
    const session = await store.create();
    await store.destroy(session.id);
    expect(await store.find(session.id)).toBeUndefined();
  });
});
