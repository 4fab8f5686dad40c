import { DEVELOPMENT_JWT_SECRET, issueToken } from '@yunghap/platform-nest';
import { RunningGateway, startGateway } from '../start-gateway';
import { freePort, platformEnv, RunningPlatform, startPlatform } from '../testing/single-process-platform';
import { CookieBrowser } from '../testing/cookie-browser';
import { EventStream } from '../testing/event-stream';

const pm = `Bearer ${issueToken({ sub: 'pm-kim', role: 'program-manager' }, DEVELOPMENT_JWT_SECRET)}`;

// The five services in one process (PGlite in memory) behind the gateway, as `npm start` runs them.
describe('the live stream in front of the single-process platform', () => {
  let platform: RunningPlatform;
  let gateway: RunningGateway;
  let stream: EventStream | undefined;

  beforeAll(async () => {
    const port = await freePort();
    const env = platformEnv(port, { GATEWAY_LIVE_INTERVAL_MS: '200' });
    platform = await startPlatform(env);
    gateway = await startGateway(env, platform.urls);
  });
  afterAll(async () => {
    await stream?.close();
    await gateway?.stop();
    await platform?.stop();
  });

  it('tells a signed-in browser that the centers’ read models changed once a staff member is assigned', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('finance-lee');
    stream = new EventStream(await browser.request('/live'));
    expect(await stream.next(() => true)).toEqual({ event: 'pending', data: { contexts: [] } });

    const assigned = await fetch(`${platform.urls.centers}/api/centers/centers/jungbu/staff`, {
      method: 'POST',
      headers: { authorization: pm, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'staff-jungbu', name: '김중부', role: 'staff' }),
    });
    expect(assigned.status).toBe(201);
    const change = await stream.next((event) => event.event === 'change');
    expect(change.data).toEqual({ context: 'centers', position: expect.any(Number) });
  });
});
