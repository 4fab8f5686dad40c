import { startGateway, RunningGateway } from '../start-gateway';
import { CookieBrowser } from '../testing/cookie-browser';
import { EventStream } from '../testing/event-stream';
import { FakeHealth } from '../testing/fake-health';
import { FakeRecords } from '../testing/fake-records';

const INTERVAL_MS = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the live stream (GET /live)', () => {
  const records = new FakeRecords();
  const grants = new FakeHealth();
  let gateway: RunningGateway;
  const streams: EventStream[] = [];

  async function open(browser: CookieBrowser): Promise<{ answer: Response; stream: EventStream }> {
    const answer = await browser.request('/live', { headers: { accept: 'text/event-stream' } });
    const stream = new EventStream(answer);
    streams.push(stream);
    return { answer, stream };
  }

  async function signedIn(): Promise<CookieBrowser> {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('finance-lee');
    return browser;
  }

  beforeAll(async () => {
    const people = await records.start();
    const upstreams = { applications: people, evaluation: people, grants: await grants.start(), mentoring: people, centers: people };
    gateway = await startGateway({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', GATEWAY_LIVE_INTERVAL_MS: String(INTERVAL_MS) }, upstreams);
    records.trust(`${gateway.url}/.well-known/jwks.json`);
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
  });
  afterAll(async () => {
    await gateway?.stop();
    await grants.stop();
    await records.stop();
  });

  it('answers 401 without a session, and is no page of the console', async () => {
    const answer = await new CookieBrowser(gateway.publicUrl).request('/live');
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ code: 'AUTH.NOT_SIGNED_IN' });
  });

  it('streams to a signed-in browser, unbuffered, starting with what is pending now', async () => {
    const { answer, stream } = await open(await signedIn());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(answer.headers.get('cache-control')).toMatch(/no-cache/);
    expect(answer.headers.get('x-accel-buffering')).toBe('no');
    expect(await stream.next(() => true)).toEqual({ event: 'pending', data: { contexts: [] } });
  });

  it('says which context changed when its read models advance', async () => {
    const { stream } = await open(await signedIn());
    // The stream opens once the feed has read every service: an advance from then on is announced.
    await stream.next((event) => event.event === 'pending');
    grants.position += 5;
    expect(await stream.next((event) => event.event === 'change')).toEqual({ event: 'change', data: { context: 'grants', position: grants.position } });
  });

  it('reports a context pending while its relay has messages waiting, and clears it once they are sent', async () => {
    const { stream } = await open(await signedIn());
    grants.oldestPendingAgeMs = 120;
    await stream.next((event) => event.event === 'pending' && (event.data as { contexts: string[] }).contexts.includes('grants'));
    const late = await open(await signedIn());
    expect(await late.stream.next(() => true)).toEqual({ event: 'pending', data: { contexts: ['grants'] } });
    grants.oldestPendingAgeMs = null;
    expect(await stream.next((event) => event.event === 'pending')).toEqual({ event: 'pending', data: { contexts: [] } });
  });

  it('reads the services once per interval for all browsers together, and not at all when none listens', async () => {
    const [first, second] = [await open(await signedIn()), await open(await signedIn())];
    await Promise.all([first.stream.next(() => true), second.stream.next(() => true)]);
    const before = grants.reads;
    await pause(20 * INTERVAL_MS);
    // One reader at one reading per interval (plus the time each reading takes), not one per browser.
    expect(grants.reads - before).toBeLessThanOrEqual(21);
    expect(grants.reads - before).toBeGreaterThanOrEqual(5);
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
    await pause(3 * INTERVAL_MS);
    const idle = grants.reads;
    await pause(5 * INTERVAL_MS);
    expect(grants.reads).toBe(idle);
  });
});
