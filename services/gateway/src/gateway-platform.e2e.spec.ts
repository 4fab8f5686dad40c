import { DEVELOPMENT_JWT_SECRET, issueToken } from '@yunghap/platform-nest';
import { RunningGateway, startGateway } from './start-gateway';
import { freePort, platformEnv, RunningPlatform, startPlatform } from './testing/single-process-platform';
import { CookieBrowser } from './testing/cookie-browser';

/** Asks again until the answer's status is one of `done` (what the bus has not delivered yet is refused meanwhile), for at most 30 s. */
async function eventually(ask: () => Promise<Response>, done: readonly number[]): Promise<void> {
  const until = Date.now() + 30_000;
  let answer = await ask();
  while (!done.includes(answer.status)) {
    if (Date.now() > until) throw new Error(`still answered ${answer.status} after 30 s: ${await answer.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await ask();
  }
}

const pm = `Bearer ${issueToken({ sub: 'pm-kim', role: 'program-manager' }, DEVELOPMENT_JWT_SECRET)}`;

// The five services in one process (PGlite in memory) behind the gateway, as `npm start` runs them.
const TTL_SECONDS = 2;

describe('the gateway in front of the single-process platform', () => {
  let platform: RunningPlatform;
  let gateway: RunningGateway;

  beforeAll(async () => {
    const port = await freePort();
    const env = platformEnv(port, { GATEWAY_TOKEN_TTL_SECONDS: String(TTL_SECONDS) });
    platform = await startPlatform(env);
    gateway = await startGateway(env, platform.urls);
  });
  afterAll(async () => {
    await gateway?.stop();
    await platform?.stop();
  });

  it('forwards a person’s request with a token the real service verifies against the gateway’s JWKS', async () => {
    const assigned = await fetch(`${platform.urls.centers}/api/centers/centers/jungbu/staff`, {
      method: 'POST',
      headers: { authorization: pm, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'staff-jungbu', name: '김중부', role: 'staff' }),
    });
    expect(assigned.status).toBe(201);
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('staff-jungbu');
    const session = await browser.session();
    expect(session.activeRole).toMatchObject({ role: 'center-staff', centerId: 'jungbu', label: '중부권 센터 담당자' });
    const center = await browser.request('/api/centers/centers/jungbu');
    expect(center.status).toBe(200);
    expect(await center.json()).toMatchObject({ centerId: 'jungbu', staff: [{ userId: 'staff-jungbu' }] });
    expect(
      (
        await browser.request('/api/centers/centers/honam/staff', {
          method: 'POST',
          headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
  });

  it('takes a role away at the next token once the centers service removes the person from its staff list, without a restart', async () => {
    const staff = (method: string, path: string, body?: object) =>
      fetch(`${platform.urls.centers}/api/centers/centers/honam/staff${path}`, {
        method,
        headers: { authorization: pm, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      });
    expect((await staff('POST', '', { userId: 'staff-honam', name: '이호남', role: 'staff' })).status).toBe(201);
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('staff-honam');
    expect((await browser.session()).activeRole).toMatchObject({ role: 'center-staff', centerId: 'honam' });
    expect((await browser.request('/api/centers/centers/honam')).status).toBe(200);

    expect([200, 202, 204]).toContain((await staff('DELETE', '/staff-honam')).status);
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 500));
    expect((await browser.request('/api/centers/centers/honam')).status).toBe(401);
    expect(await browser.session()).toMatchObject({ signedIn: true, roles: [] });
  });

  it('takes committee work away at the next token once evaluation removes the member from the committee', async () => {
    const asPm = (base: string, method: string, path: string, body?: object) =>
      fetch(`${base}${path}`, { method, headers: { authorization: pm, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const day = 86_400_000;
    // A call opens once the centers' routing and grants' cap for the year have reached applications over the bus.
    const call = {
      callId: 'call-gateway-e2e',
      budgetLineId: 'it-convergence',
      title: '게이트웨이 시험 공고',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      capPerProject: 300_000_000,
      technologyFields: ['AI'],
    };
    await eventually(() => asPm(platform.urls.applications, 'POST', '/api/applications/calls', call), [201, 202, 409]);
    const committee = { callId: call.callId, centerId: 'jungbu', members: [{ userId: 'member-2', name: '이서연', affiliation: '한국생산기술연구원' }] };
    await eventually(() => asPm(platform.urls.evaluation, 'POST', '/api/evaluation/committees', committee), [201, 202, 409]);

    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('member-2');
    expect((await browser.session()).activeRole).toMatchObject({ role: 'committee-member', committeeIds: ['call-gateway-e2e.jungbu'] });
    expect((await browser.request('/api/evaluation/work-queue')).status).toBe(200);

    expect((await asPm(platform.urls.evaluation, 'DELETE', '/api/evaluation/committees/call-gateway-e2e.jungbu/members/member-2')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 500));
    expect((await browser.request('/api/evaluation/work-queue')).status).toBe(401);
    expect(await browser.session()).toMatchObject({ signedIn: true, roles: [] });
  });

  it('registers a signed-in person without a role as an applicant in the centers service', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('applicant-new');
    const { csrfToken, roles } = await browser.session();
    expect(roles).toEqual([]);
    const registered = await browser.request('/auth/applicant-registration', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, 'accept-language': 'ko' },
      body: JSON.stringify({ registrationNumber: '3148123478', firmName: '한빛정밀', province: '대전' }),
    });
    expect([201, 202]).toContain(registered.status);
    const again = await browser.request('/auth/applicant-registration', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ registrationNumber: '3148123478', firmName: '한빛정밀', province: '대전' }),
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('serves every service’s OpenAPI document from the one origin, without a session', async () => {
    for (const service of ['applications', 'evaluation', 'grants', 'mentoring', 'centers']) {
      const docs = await fetch(`${gateway.url}/api/${service}/docs-json`);
      expect(docs.status).toBe(200);
      expect(Object.keys(((await docs.json()) as { paths: object }).paths).some((p) => p.startsWith(`/api/${service}/`))).toBe(true);
    }
  });

  it('serves the audit log’s public keys from the one origin, without a session: one log per service', async () => {
    const answer = await fetch(`${gateway.url}/.well-known/yunghap-audit-keys`);
    expect(answer.status).toBe(200);
    const { logs } = (await answer.json()) as { logs: { origin: string; verifierKeys: string[] }[] };
    expect(logs.map((log) => log.origin.split('/')[1])).toEqual(['applications', 'evaluation', 'grants', 'mentoring', 'centers']);
    for (const log of logs) expect(log.verifierKeys[0].startsWith(`${log.origin}+`)).toBe(true);
  });
});
