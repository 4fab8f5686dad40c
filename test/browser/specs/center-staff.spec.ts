import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: '주 메뉴' });

/** As 박한빛, through the gateway's API: a copy of the firm's demo application under a new title, submitted. */
async function submitCopy(page: Page, title: string): Promise<string> {
  await signInAs(page, PEOPLE.applicant);
  const { csrfToken } = (await (await page.request.get('/auth/session')).json()) as { csrfToken: string };
  const mine = (await (await page.request.get('/api/applications/me/applications?limit=10')).json()) as { items: { applicationId: string }[] };
  const first = (await (await page.request.get(`/api/applications/applications/${mine.items[0].applicationId}`)).json()) as {
    callId: string;
    content: { task: object };
  };
  const headers = { 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const created = await page.request.post('/api/applications/applications', {
    headers,
    data: { callId: first.callId, ...first.content, task: { ...first.content.task, title } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { applicationId, version } = (await created.json()) as { applicationId: string; version: number };
  const submitted = await page.request.post(`/api/applications/applications/${applicationId}/submit`, { headers: { ...headers, 'if-match': `"${version}"` } });
  expect(submitted.status(), await submitted.text()).toBeLessThan(300);
  await signOut(page);
  return applicationId;
}

test('center staff return an application to the applicant with a reason, after confirming', async ({ page }) => {
  const applicationId = await submitCopy(page, '보완 요청 시험 과제');
  await signInAs(page, PEOPLE.jungbuStaff);
  await page.goto(`/center/applications/${applicationId}`);
  await page.getByRole('button', { name: '보완 요청' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('dialog').getByLabel('보완할 내용').fill('예산 계획서의 인건비 근거를 보완하세요');
  await page.getByRole('dialog').getByRole('button', { name: '보완 요청' }).click();
  await expect(page.getByText('보완 요청: 예산 계획서의 인건비 근거를 보완하세요')).toBeVisible();
  await expect(page.getByRole('button', { name: '요건 검토 실행' })).toHaveCount(0);
});

test("center staff see the center's mentoring engagements", async ({ page }) => {
  await signInAs(page, PEOPLE.jungbuStaff);
  await mainMenu(page).getByRole('link', { name: '멘토링 현황' }).click();
  await expect(page.getByRole('heading', { name: '센터 멘토링 현황' })).toBeVisible();
  await expectAccessible(page);
});
