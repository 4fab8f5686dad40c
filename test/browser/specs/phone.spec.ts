import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE, Person } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

// The narrowest phone the console is made for (KRDS designs down to 360 px).
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** Nothing wider than the screen: the page never scrolls sideways (a wide table scrolls in its own box). */
async function expectFitsTheScreen(page: Page): Promise<void> {
  // An expression, not a function: it runs in the page, and these tests are typed without the DOM's types.
  const widths = (await page.evaluate('({ page: document.documentElement.scrollWidth, screen: window.innerWidth })')) as { page: number; screen: number };
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}

/** Every menu entry can be reached and read on the phone, then each page fits and passes axe. */
async function visitEveryMenuPage(page: Page, person: Person): Promise<void> {
  await signInAs(page, person);
  await expectFitsTheScreen(page);
  const menu = page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link');
  const labels = await menu.allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFitsTheScreen(page);
    await expectAccessible(page);
  }
}

test('an applicant works on a phone: every menu page fits a 360 px screen', async ({ page }) => {
  await visitEveryMenuPage(page, PEOPLE.applicant);
  await page.goto('/applicant/calls/demo-2026-it-convergence/apply');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsTheScreen(page);
});

test("center staff work on a phone: the inbox and an application's detail fit", async ({ page }) => {
  await visitEveryMenuPage(page, PEOPLE.jungbuStaff);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '센터 접수함' }).click();
  await page.getByRole('link', { name: 'AI 기반 정밀가공 불량 예측' }).click();
  await expect(page.getByText('한빛정밀').first()).toBeVisible();
  await expectFitsTheScreen(page);
});

test('a committee member works on a phone: the work queue and a scoresheet fit', async ({ page }) => {
  await visitEveryMenuPage(page, PEOPLE.member);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '평가 업무' }).click();
  await page.getByRole('link', { name: 'AI 기반 정밀가공 불량 예측' }).click();
  await expect(page.getByRole('heading', { name: '내 평가표' })).toBeVisible();
  await expectFitsTheScreen(page);
  await expectAccessible(page);
});

test("a program manager works on a phone: the calls, the approvals and a call's committees fit", async ({ page }) => {
  await visitEveryMenuPage(page, PEOPLE.programManager);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '공모 관리' }).click();
  await page.getByRole('link', { name: '2026년 IT융합 기술개발 지원사업 공고 (데모)' }).click();
  await expect(page.getByRole('heading', { name: '평가위원회' })).toBeVisible();
  await expectFitsTheScreen(page);
  await expectAccessible(page);
});

test('finance and an auditor work on a phone: the budget with its chart, the grants and the audit checks fit', async ({ page }) => {
  await visitEveryMenuPage(page, PEOPLE.finance);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '예산 현황' }).click();
  await expect(page.getByRole('img', { name: /세부사업별 예산 사용 현황/ })).toBeVisible();
  await expectFitsTheScreen(page);
  await signOut(page);
  await visitEveryMenuPage(page, PEOPLE.auditor);
});
