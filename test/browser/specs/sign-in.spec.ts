import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

test('a visitor signs in through the development provider, sees their own pages and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '로그인', exact: true }).click();
  await expect(page.getByRole('heading', { name: /개발용 로그인/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: new RegExp(`^${PEOPLE.applicant.name}`) }).click();

  await expect(page.locator('.site-header__person')).toContainText(PEOPLE.applicant.name);
  await expect(page.locator('.site-header__person')).toContainText('한빛정밀');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '내 신청' }).click();
  await expect(page.getByText('AI 기반 정밀가공 불량 예측')).toBeVisible();
  await expectAccessible(page);
  // Another firm's application is not theirs to see.
  await expect(page.getByText('바이오 공정 데이터 플랫폼')).toHaveCount(0);

  await signOut(page);
  await page.goto('/applicant/applications');
  await expect(page.getByRole('heading', { name: /개발용 로그인/ })).toBeVisible();
});

test('a page of another role shows that access is refused, not the page', async ({ page }) => {
  await signInAs(page, PEOPLE.applicant);
  await page.goto('/center/applications');
  await expect(page.getByRole('heading', { name: '접근 권한이 없습니다' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/committee/work-queue');
  await expect(page.getByRole('heading', { name: '접근 권한이 없습니다' })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
  await expectAccessible(page);
});
