import { createLocalJWKSet, JSONWebKeySet, jwtVerify } from 'jose';
import { startGateway, RunningGateway } from './start-gateway';
import { CookieBrowser } from './testing/cookie-browser';
import { FakeRecords } from './testing/fake-records';

const TTL_SECONDS = 2;

describe('the gateway with its development provider', () => {
  const records = new FakeRecords();
  let gateway: RunningGateway;

  beforeAll(async () => {
    const upstream = await records.start();
    const upstreams = { applications: upstream, evaluation: upstream, grants: upstream, mentoring: upstream, centers: upstream };
    gateway = await startGateway(
      { GATEWAY_PORT: '0', LOG_LEVEL: 'silent', GATEWAY_TOKEN_TTL_SECONDS: String(TTL_SECONDS), GATEWAY_SIGN_IN_LIMIT_PER_MINUTE: '12' },
      upstreams,
    );
    records.trust(`${gateway.url}/.well-known/jwks.json`);
    records.set('staff-jungbu', { staff: [{ centerId: 'jungbu', role: 'staff' }] });
    records.set('member-1', { committeeIds: ['call-1.jungbu'] });
  });
  afterAll(async () => {
    await gateway?.stop();
    await records.stop();
  });

  it('signs a person in through the provider and shows the roles their records give', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    const login = await browser.request('/auth/login?returnTo=%2Fapplications');
    expect(login.status).toBe(303);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.pathname).toBe('/dev-oidc/auth');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    const { response: page } = await browser.follow(authorize.href);
    const html = await page.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('김중부');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).not.toMatch(/<script|style=/);

    const action = /<form method="post" action="([^"]+)"/.exec(html)![1];
    const back = await browser.follow(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'sub=staff-jungbu' });
    expect(new URL(back.url).pathname).toBe('/applications');

    const session = await browser.session();
    expect(session).toMatchObject({
      signedIn: true,
      user: { sub: 'staff-jungbu', name: '김중부', email: 'staff-jungbu@yunghap.example' },
      roles: [{ role: 'center-staff', centerId: 'jungbu', label: '중부권 센터 담당자' }],
      activeRole: { role: 'center-staff', centerId: 'jungbu' },
    });
    expect(session.csrfToken).toEqual(expect.any(String));
  });

  it('sets the session cookie httpOnly and SameSite=Lax, with an id that changes at sign-in', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('member-1');
    const sessionCookies = browser.setCookies.filter((header) => header.startsWith('yunghap.sid=') && !header.startsWith('yunghap.sid=;'));
    expect(sessionCookies.length).toBeGreaterThanOrEqual(2);
    for (const header of sessionCookies) {
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
    }
    expect(new Set(sessionCookies.map((header) => header.split(';')[0])).size).toBe(sessionCookies.length);
  });

  it('forwards an API call with a service token for the active role, without the browser cookies', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('member-1');
    const answer = await browser.request('/api/evaluation/evaluations?x=1', {
      headers: { 'accept-language': 'ko', 'idempotency-key': 'k-1', 'yunghap-min-position': '42' },
    });
    expect(answer.status).toBe(200);
    const call = records.calls.at(-1)!;
    expect(call.url).toBe('/api/evaluation/evaluations?x=1');
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers).toMatchObject({ 'accept-language': 'ko', 'idempotency-key': 'k-1', 'yunghap-min-position': '42' });
    const token = call.headers.authorization!.slice('Bearer '.length);
    const jwks = createLocalJWKSet((await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet);
    const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: 'yunghap-gateway', audience: 'yunghap-services' });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: expect.any(String) });
    expect(payload).toMatchObject({ sub: 'member-1', role: 'committee-member', committeeIds: ['call-1.jungbu'], name: '김도윤' });
    expect(payload.exp! - payload.iat!).toBe(TTL_SECONDS);
  });

  it('answers 401 problem details without a session, and serves the services’ documents without one', async () => {
    const anonymous = new CookieBrowser(gateway.publicUrl);
    const refused = await anonymous.request('/api/centers/centers');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ code: 'AUTH.NOT_SIGNED_IN', status: 401 });
    const docs = await anonymous.request('/api/grants/docs-json');
    expect(await docs.json()).toMatchObject({ openapi: '3.0.0' });
  });

  it('answers 401 to a signed-in person without a role, who may still register as an applicant', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('applicant-new');
    expect(await browser.session()).toMatchObject({ signedIn: true, roles: [] });
    expect((await browser.request('/api/applications/applications')).status).toBe(401);
    const { csrfToken } = await browser.session();
    const form = { registrationNumber: '1234567891', firmName: '신규정밀', province: '대전' };
    const registered = await browser.request('/auth/applicant-registration', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(form),
    });
    expect(registered.status).toBe(201);
    expect(JSON.parse(records.calls.at(-1)!.body)).toEqual({ ...form, userId: 'applicant-new', name: '최신규', email: 'applicant-new@yunghap.example' });
    expect(records.calls.at(-1)!.claims).toMatchObject({ sub: 'gateway', role: 'gateway' });
    const again = await browser.request('/auth/applicant-registration', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(form),
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await again.json()).toEqual({ status: 409, code: 'APPLICANT.ALREADY_REGISTERED' });
  });

  it('refuses a state-changing request without the session’s CSRF token (403) before forwarding it', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('staff-jungbu');
    const forwarded = () => records.calls.filter((call) => call.url === '/api/centers/jungbu/staff').length;
    for (const headers of [{}, { 'x-csrf-token': 'forged' }] as Record<string, string>[]) {
      const refused = await browser.request('/api/centers/jungbu/staff', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'AUTH.CSRF_TOKEN_INVALID' });
    }
    const other = new CookieBrowser(gateway.publicUrl);
    await other.signInAs('member-1');
    const stolen = (await other.session()).csrfToken;
    expect((await browser.request('/auth/role', { method: 'POST', headers: { 'x-csrf-token': stolen }, body: '{}' })).status).toBe(403);
    expect(forwarded()).toBe(0);
    const { csrfToken } = await browser.session();
    const accepted = await browser.request('/api/centers/jungbu/staff', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: '{}',
    });
    expect(accepted.status).toBe(200);
    expect(forwarded()).toBe(1);
  });

  it('refuses a returnTo that leaves the site', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const refused = await browser.request(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'AUTH.RETURN_TO_INVALID' });
    }
  });

  it('takes a removal from the staff list into account at the next token renewal, without a restart', async () => {
    records.set('staff-honam', { staff: [{ centerId: 'honam', role: 'staff' }], committeeIds: ['call-1.honam'] });
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('staff-honam');
    expect((await browser.session()).activeRole).toMatchObject({ role: 'center-staff', centerId: 'honam' });
    records.set('staff-honam', { staff: [] });
    expect((await browser.session()).activeRole).toMatchObject({ role: 'center-staff' });
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000));
    const after = await browser.session();
    expect(after.roles.map((option) => option.role)).toEqual(['committee-member']);
    expect(after.activeRole).toMatchObject({ role: 'committee-member' });
    await browser.request('/api/evaluation/evaluations');
    expect(records.calls.at(-1)!.claims).toMatchObject({ sub: 'staff-honam', role: 'committee-member' });
  });

  it('switches between the roles a person has, and refuses one they do not', async () => {
    records.set('pm-kim', { committeeIds: ['call-1.jungbu'] });
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('pm-kim');
    const { csrfToken, roles, activeRole } = await browser.session();
    expect(roles.map((option) => option.role)).toEqual(['program-manager', 'committee-member']);
    expect(activeRole).toMatchObject({ role: 'program-manager' });
    const post = (body: object) =>
      browser.request('/auth/role', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
    expect(await (await post({ role: 'committee-member' })).json()).toMatchObject({ activeRole: { role: 'committee-member' } });
    expect((await post({ role: 'center-staff', centerId: 'jungbu' })).status).toBe(403);
  });

  it('signs out: the session is gone and its cookie cleared', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    await browser.signInAs('member-1');
    const { csrfToken } = await browser.session();
    const out = await browser.request('/auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    expect(await out.json()).toEqual({ signedOut: true, logoutUrl: null });
    expect((await browser.session()).signedIn).toBe(false);
  });

  it('publishes its Ed25519 public key with a thumbprint kid', async () => {
    const { keys } = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    expect(keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.stringMatching(/^[\w-]{43}$/) })]);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('limits sign-in attempts per client (429 problem details)', async () => {
    const browser = new CookieBrowser(gateway.publicUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await browser.request('/auth/callback?code=x&state=y')).status);
    expect(statuses).toContain(429);
    const limited = await browser.request('/auth/login');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: 'AUTH.TOO_MANY_ATTEMPTS' });
  });
});
