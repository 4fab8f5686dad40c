import { expect, test } from '@playwright/test';
import { PEOPLE } from '../support/people';
import { servicePorts } from '../support/ports';
import { signInAs } from '../support/sign-in';

const applicationsService = `http://127.0.0.1:${servicePorts.APPLICATIONS_PORT}`;

test('the services refuse a request without a valid token, through the gateway and directly', async ({ page, request }) => {
  const throughGateway = await request.get('/api/applications/calls');
  expect(throughGateway.status()).toBe(401);
  expect(await throughGateway.json()).toMatchObject({ code: expect.stringMatching(/^AUTH\./) });

  const direct = await request.get(`${applicationsService}/api/applications/calls`);
  expect(direct.status()).toBe(401);
  const forged = await request.get(`${applicationsService}/api/applications/calls`, {
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
  });
  expect(forged.status()).toBe(401);

  // Signed in, the same request through the gateway carries the person's service token.
  await signInAs(page, PEOPLE.applicant);
  const signedIn = await page.request.get('/api/applications/calls');
  expect(signedIn.status()).toBe(200);
});

test('a state-changing request without the CSRF token is refused before it reaches a service', async ({ page }) => {
  await signInAs(page, PEOPLE.applicant);
  const refused = await page.request.post('/api/applications/applications', { data: {} });
  expect(refused.status()).toBe(403);
});
