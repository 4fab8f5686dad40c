import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

const mainMenu = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: '주 메뉴' });

test("center staff see their center's inbox and an application's consortium and budget", async ({ page }) => {
  await signInAs(page, PEOPLE.jungbuStaff);
  await mainMenu(page).getByRole('link', { name: '센터 접수함' }).click();
  await expect(page.getByText('AI 기반 정밀가공 불량 예측')).toBeVisible();
  await expect(page.getByText('바이오 공정 데이터 플랫폼')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'AI 기반 정밀가공 불량 예측' }).click();
  await expect(page.getByText('한빛정밀').first()).toBeVisible();
  await expect(page.getByText('누리소프트').first()).toBeVisible();
  await expect(page.getByText(/₩\d{1,3}(,\d{3})+/).first()).toBeVisible();
  await expectAccessible(page);
});

test("another center's staff do not see the 중부권 applications", async ({ page }) => {
  await signInAs(page, PEOPLE.honamStaff);
  await mainMenu(page).getByRole('link', { name: '센터 접수함' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('AI 기반 정밀가공 불량 예측')).toHaveCount(0);
});

test('a committee member sees the work queue of their committee', async ({ page }) => {
  await signInAs(page, PEOPLE.member);
  await mainMenu(page).getByRole('link', { name: '평가 업무' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '채점 마감' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'AI 기반 정밀가공 불량 예측' })).toContainText(/D-\d+/);
  await expectAccessible(page);
});

test('the application form for an open call is reachable by the applicant and accessible', async ({ page }) => {
  await signInAs(page, PEOPLE.applicant);
  await page.goto('/applicant/calls/demo-2026-it-convergence/apply');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
